package org.seedeverything.spi;

import java.util.Random;
import org.seedeverything.internal.jdk.RandomState;

/**
 * Help for targets whose library keeps its own {@link Random}, such as a static {@code RANDOM} field that the
 * library draws from: capture its complete state for {@link SeedTarget#capture()}.
 *
 * <pre>{@code
 * public Runnable capture() {
 *     return LibraryRandoms.restorer(SomeLibrary.RANDOM);   // null where java.util is not open to us
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class LibraryRandoms {
    private LibraryRandoms() {
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
