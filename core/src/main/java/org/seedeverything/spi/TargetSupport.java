package org.seedeverything.spi;

import java.util.Random;

/**
 * Help for targets that reach a library's generator: whether the library is present without initialising it, and
 * the complete state of a {@link Random} the library keeps (such as a static {@code RANDOM} field).
 *
 * <pre>{@code
 * public SeedOutcome seed(long seed) {
 *     if (!TargetSupport.isPresent("com.example.lib.Lib", getClass().getClassLoader())) {
 *         return SeedOutcome.notPresent("com.example:lib is not on the class path");
 *     }
 *     ...
 * }
 * public Runnable capture() {
 *     return TargetSupport.restorer(Lib.RANDOM);   // null where java.util is not open to us
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class TargetSupport {
    private TargetSupport() {
    }

    /**
     * True when {@code className} can be loaded by {@code loader}; the class is loaded but not initialised, so a
     * library whose static initialiser loads natives stays unloaded.
     */
    public static boolean isPresent(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * An action that puts {@code random} back into the state it has now (seed and cached Gaussian), or {@code null}
     * when its state cannot be read: that needs {@code --add-opens java.base/java.util=ALL-UNNAMED}, one of
     * {@code Seeds.requiredJvmOptions()}.
     */
    public static Runnable restorer(Random random) {
        return RandomState.restorer(random);
    }
}
