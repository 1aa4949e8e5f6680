package org.seedeverything.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the test body several times, seeded identically each time, and fails when what it recorded differs.
 *
 * <pre>{@code
 * @DeterminismCheck(runs = 3)
 * void initialWeightsAreReproducible(FingerprintRecorder recorder) {
 *     recorder.record("layer1.W", Initializers.heNormal(784, 256), 784, 256);
 * }
 * }</pre>
 *
 * <h2>Runs</h2>
 * Each run is a test of its own ("run 2 of 3"). Before each, everything is seeded from the same test seed (as with
 * {@link SeedEverything}, from the master and the test's unique id), and a fresh
 * {@link org.seedeverything.fingerprint.FingerprintRecorder} is injected; {@code Fingerprints.record(...)} calls
 * made during the run go to it as well. A run whose manifest differs from run 1's fails, naming the run, the entry
 * and the first differing element with both values.
 *
 * <h2>Fresh JVMs</h2>
 * With {@code forked = true} each run executes in a fresh JVM (same {@code java}, class path and JVM options, the
 * JUnit Platform launcher running just this test), so per-JVM sources show up too: {@code Set.of}/{@code Map.of}
 * iteration order, identity hash codes, clocks, unseeded {@code new Random()}. An in-process check cannot see those.
 * A child that does not finish within {@value #FORK_TIMEOUT_KEY} seconds (default
 * {@value #DEFAULT_FORK_TIMEOUT_SECONDS}) is killed with its descendants.
 *
 * <h2>Configuration</h2>
 * {@link #runs()} falls back to the configuration parameter (or system property) {@value #RUNS_KEY}, then to
 * {@value #DEFAULT_RUNS}. The master seed is chosen as documented on {@link SeedEverything}.
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith({SeedEverythingExtension.class, DeterminismCheckExtension.class})
@ResourceLock(SeedEverything.GLOBAL_RANDOM_STATE)
public @interface DeterminismCheck {

    /** Configuration parameter and system property with the number of runs when {@link #runs()} is 0: {@value}. */
    String RUNS_KEY = "seeds.determinism.runs";

    /** Runs when neither {@link #runs()} nor {@value #RUNS_KEY} says otherwise: {@value}. */
    int DEFAULT_RUNS = 3;

    /** Configuration parameter and system property: seconds a forked run may take: {@value}. */
    String FORK_TIMEOUT_KEY = "seeds.determinism.fork.timeout";

    /** Seconds a forked run may take unless {@value #FORK_TIMEOUT_KEY} says otherwise: {@value}. */
    long DEFAULT_FORK_TIMEOUT_SECONDS = 120;

    /** How many times to run the body, at least 2; 0 (the default) reads {@value #RUNS_KEY}, else 3. */
    int runs() default 0;

    /** Whether each run executes in a fresh JVM. */
    boolean forked() default false;
}
