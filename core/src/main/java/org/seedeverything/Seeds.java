package org.seedeverything;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadFactory;
import java.util.function.LongConsumer;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.seedeverything.internal.Derivation;
import org.seedeverything.internal.Echo;
import org.seedeverything.internal.SeedText;
import org.seedeverything.SeedingEngine.Request;

/**
 * One master seed for every random number generator a JVM program can reach, and named streams derived from it.
 *
 * <pre>{@code
 * SeedReport report = Seeds.everything(2021);      // JDK globals, Commons RNG, ND4J (adapter), your targets
 * UniformRandomProvider dropout = Seeds.stream("dropout");
 * long modelSeed = Seeds.derive("model");          // e.g. for DL4J's NeuralNetConfiguration.Builder.seed(...)
 * }</pre>
 *
 * <h2>Derivation</h2>
 * {@link #derive(String, long...)} is a pure function of (master, name, path) built on NumPy's {@code SeedSequence}:
 * call order, thread, JDK, OS, core count and the version of this library never change it, and adding a stream never
 * shifts another. Streams are xoshiro256++ generators seeded with 256 bits of native state from the same derivation.
 * See {@code src/docs/derivation.md}.
 *
 * <h2>Threads</h2>
 * Global generators are seeded once; per-thread generators ({@code ThreadLocalRandom}, ND4J) are seeded for the
 * calling thread and, through {@link #threadFactory(String)}, for the k-th thread of a named pool.
 *
 * <h2>Security</h2>
 * {@code SecureRandom}, {@code UUID.randomUUID()} and temporary file names stay truly random unless the builder's
 * {@link Builder#dangerouslyMakeSecureRandomPredictable()} is called; then every such use logs a warning.
 *
 * @since 0.1
 */
public final class Seeds {
    /** System property holding the master seed: {@value}. */
    public static final String MASTER_PROPERTY = "seeds.master";
    /** Environment variable holding the master seed when the property is absent: {@value}. */
    public static final String MASTER_ENVIRONMENT_VARIABLE = "SEEDS_MASTER";
    /** System property naming the {@link SeedMode} used by {@link #everything()}: {@value}. */
    public static final String MODE_PROPERTY = "seeds.mode";

    private Seeds() {
    }

    /** Seeds every reachable target from {@code master} in {@link SeedMode#SEED_ONLY} mode. */
    public static SeedReport everything(long master) {
        return builder().master(master).apply();
    }

    /**
     * Seeds everything from the system property {@value #MASTER_PROPERTY}, else the environment variable
     * {@value #MASTER_ENVIRONMENT_VARIABLE}, else a fresh seed from real entropy. The mode comes from
     * {@value #MODE_PROPERTY} (default {@code SEED_ONLY}). The seed used is logged with a reproduce hint.
     */
    public static SeedReport everything() {
        return builder().apply();
    }

    /** A builder for the mode, the master and which targets to seed. */
    public static Builder builder() {
        return new Builder();
    }

    /** The master seed of the last {@code everything}/{@code apply} call. */
    public static long master() {
        return SeedingEngine.requireMaster("Seeds.master()");
    }

    /** Whether a master seed has been set in this JVM. */
    public static boolean isSeeded() {
        return SeedingEngine.currentMaster() != null;
    }

    /** A 64-bit seed derived from the master, {@code name} and {@code path}; stable forever. */
    public static long derive(String name, long... path) {
        return Derivation.derive(SeedingEngine.requireMaster("Seeds.derive"), name, path);
    }

    /**
     * A fresh, independent xoshiro256++ stream for (master, name, path). Two calls with the same arguments return
     * generators in the same state.
     */
    public static RestorableUniformRandomProvider stream(String name, long... path) {
        long master = SeedingEngine.requireMaster("Seeds.stream");
        return streamFor(master, name, path);
    }

    /**
     * The seed {@link #derive(String, long...)} returns under {@code master}, without touching global state: for
     * adapters and extensions that hold their own master (the JUnit extension, per-thread seeding).
     *
     * @since 0.1
     */
    public static long deriveFor(long master, String name, long... path) {
        return Derivation.derive(master, name, path);
    }

    /** The stream for an explicit master, without touching global state (used by tests and the JUnit extension). */
    public static RestorableUniformRandomProvider streamFor(long master, String name, long... path) {
        // Constructed directly (not through RandomSource's reflective factory): same generator, same native state.
        return new XoShiRo256PlusPlus(Derivation.state(master, 4, name, path));
    }

    /** A {@code java.util.Random} seeded with {@link #derive(String, long...)}. */
    public static Random random(String name, long... path) {
        return new Random(derive(name, path));
    }

    /** A {@code SplittableRandom} seeded with {@link #derive(String, long...)}. */
    public static SplittableRandom splittable(String name, long... path) {
        return new SplittableRandom(derive(name, path));
    }

    /** The printed form of a seed (signed decimal); {@link #parse(String)} reads it back. */
    public static String format(long seed) {
        return SeedText.format(seed);
    }

    /**
     * Reads a seed. The grammar, after surrounding whitespace is removed:
     * <pre>
     *   seed    = [sign] (decimal | hex)
     *   sign    = "+" | "-"
     *   decimal = digit {["_"] digit}                      ASCII digits 0-9
     *   hex     = ("0x" | "0X") hexdigit {["_"] hexdigit}  1 to 16 hex digits
     * </pre>
     * An underscore may only stand between two digits, as in a Java literal ({@code 2_021}). The value must lie in
     * {@code [-2^63, 2^64-1]}: values above {@code 2^63-1} are read as unsigned 64-bit ({@code 18446744073709551615}
     * and {@code 0xFFFFFFFFFFFFFFFF} are {@code -1}); a negative value must not be below {@code -2^63}
     * ({@code -0x8000000000000000} is the smallest).
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static long parse(String text) {
        return SeedText.parse(text);
    }

    /** Every JVM flag (e.g. {@code --add-opens}) the current JDK needs so that all present targets can be seeded. */
    public static List<String> requiredJvmOptions() {
        return SeedingEngine.requiredJvmOptions();
    }

    /**
     * Options for a child JVM that should reproduce this one: {@code -Dseeds.master=...}, {@code -Dseeds.mode=...}
     * and the {@link #requiredJvmOptions()}, plus mode-specific settings from the targets.
     */
    public static List<String> childJvmOptions() {
        return SeedingEngine.childJvmOptions(SeedingEngine.requireMaster("Seeds.childJvmOptions()"));
    }

    /**
     * Adds {@link #childJvmOptions()} and the targets' environment variables to a {@code ProcessBuilder} whose
     * command starts with the {@code java} executable; the options go right after it.
     */
    public static ProcessBuilder configure(ProcessBuilder processBuilder) {
        List<String> command = new ArrayList<>(processBuilder.command());
        if (command.isEmpty()) {
            throw new IllegalArgumentException("The ProcessBuilder has no command; set the java executable first,"
                    + " e.g. new ProcessBuilder(javaPath, \"-cp\", classPath, mainClass)");
        }
        command.addAll(1, childJvmOptions());
        processBuilder.command(command);
        processBuilder.environment().putAll(SeedingEngine.childEnvironment());
        return processBuilder;
    }

    /**
     * Captures the state of every target that supports it (and the master) and restores it on close:
     * <pre>{@code try (var scope = Seeds.isolate()) { loadModel(); } // draws inside do not shift later draws}</pre>
     * Scopes nest, and must close in reverse order of opening (nested try-with-resources blocks do): the generators
     * are global, so an outer scope closed before an inner one first closes the inner one, restores the state from
     * before the outer scope, and then throws {@link IllegalStateException} naming where both were opened.
     */
    public static Isolation isolate() {
        return SeedingEngine.isolate();
    }

    /**
     * Registers a quick user target: {@code consumer} receives a seed derived for {@code name} at every
     * {@code everything}/{@code apply} call (and at once, if a master is already set).
     *
     * @throws IllegalArgumentException when {@code name} is that of a built-in or discovered target (listed in the
     *                                  report), which would be seeded instead
     */
    public static void register(String name, LongConsumer consumer) {
        SeedingEngine.register(name, consumer);
    }

    /** Removes a target added with {@link #register(String, LongConsumer)}; returns whether it was there. */
    public static boolean unregister(String name) {
        return SeedingEngine.unregister(name);
    }

    /**
     * A thread factory whose k-th thread (k = 0, 1, ...) seeds every per-thread target (ThreadLocalRandom, ND4J)
     * from (master, poolName, k) before running its task. Threads are named {@code poolName-k}.
     *
     * <p>Which task runs on which thread of a pool is a race: for values that must not depend on scheduling, give
     * each task its own stream, {@code Seeds.stream("task", i)}.
     */
    public static ThreadFactory threadFactory(String poolName) {
        return SeedingEngine.threadFactory(poolName);
    }

    /**
     * Seeds the calling thread's per-thread targets (ThreadLocalRandom, ND4J) exactly as the first thread of
     * {@code threadFactory(name)} would be seeded, for threads this library did not create: an engine's worker
     * threads, a task thread that must be reseeded before each task.
     *
     * @throws IllegalArgumentException when {@code name} is null or blank
     * @throws IllegalStateException when no master seed is set yet
     */
    public static void seedCurrentThread(String name) {
        SeedingEngine.seedCurrentThread(name);
    }

    /** Configures and applies seeding. Obtain one from {@link Seeds#builder()}. */
    public static final class Builder {
        private Long master;
        private SeedMode mode;
        private final Set<String> includes = new LinkedHashSet<>();
        private final Set<String> excludes = new LinkedHashSet<>();
        private boolean insecureSecureRandom;
        private boolean log = true;
        private ClassLoader classLoader;

        private Builder() {
        }

        /** The master seed; without it, {@code apply} reads the property, the environment, or draws a fresh one. */
        public Builder master(long master) {
            this.master = master;
            return this;
        }

        /** The mode; without it, {@code apply} reads {@value Seeds#MODE_PROPERTY}, default SEED_ONLY. */
        public Builder mode(SeedMode mode) {
            if (mode == null) {
                throw new IllegalArgumentException("The mode is null; pass SeedMode.SEED_ONLY, SeedMode.DETERMINISTIC"
                        + " or SeedMode.STRICT");
            }
            this.mode = mode;
            return this;
        }

        /**
         * Seeds only targets matching these names; a trailing {@code *} matches a prefix ({@code "jdk.*"}).
         * Without any include, every target is seeded.
         */
        public Builder include(String... names) {
            for (String name : names) {
                includes.add(requireName(name));
            }
            return this;
        }

        /** Leaves targets matching these names alone (reported as SKIPPED). */
        public Builder exclude(String... names) {
            for (String name : names) {
                excludes.add(requireName(name));
            }
            return this;
        }

        /**
         * Makes {@code SecureRandom}, {@code UUID.randomUUID()} and temporary file names predictable. NEVER do this
         * where security matters: keys, tokens and session ids become guessable. Every use logs a warning.
         * Holders the JDK created before this call ({@code UUID.randomUUID()}, temp-file names) are reached only
         * with {@code --add-opens} for {@code java.base/java.util}, {@code java.io}, {@code java.nio.file} and
         * {@code java.security}; the report names any that are missing.
         */
        public Builder dangerouslyMakeSecureRandomPredictable() {
            this.insecureSecureRandom = true;
            return this;
        }

        /**
         * Also looks for {@code SeedTarget} services in {@code loader} (for adapters in a child class loader: an
         * application server's web app, Spark's user jars). Targets are always looked for through this library's
         * own class loader and the calling thread's context class loader; this one is added, and remembered for
         * {@link Seeds#isolate()}, {@link Seeds#threadFactory(String)} and the child-JVM options until the next
         * {@code apply}.
         */
        public Builder classLoader(ClassLoader loader) {
            if (loader == null) {
                throw new IllegalArgumentException("The class loader is null; pass the loader that sees the adapter"
                        + " jar, e.g. YourClass.class.getClassLoader()");
            }
            this.classLoader = loader;
            return this;
        }

        /** Whether to log the reproduce hint (default true). */
        public Builder log(boolean log) {
            this.log = log;
            return this;
        }

        /**
         * Seeds the targets and returns the report.
         *
         * @throws SeedingException in {@link SeedMode#STRICT} when a target or a setting could not be applied
         */
        public SeedReport apply() {
            return SeedingEngine.apply(new Request(master, mode, includes, excludes, insecureSecureRandom, log,
                    classLoader));
        }

        private static String requireName(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Target name '" + Echo.of(name) + "' is empty; use a name from the report,"
                        + " e.g. \"jdk.math-random\", or a prefix pattern such as \"jdk.*\"");
            }
            return name;
        }
    }

}
