package org.seedeverything.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.seedeverything.Seeds;

/**
 * Seeds every random number generator before each test, from a per-test seed derived from a master seed and the
 * test's unique id, and restores every generator afterwards.
 *
 * <pre>{@code
 * @SeedEverything
 * class ShuffleTest {
 *     @Test
 *     void shufflesEveryElement(UniformRandomProvider random, @TestSeed long seed) { ... }
 * }
 * }</pre>
 *
 * <h2>The master seed</h2>
 * The first of these wins:
 * <ol>
 *   <li>a fixed master on the nearest annotation: the test method, then its class, then enclosing classes
 *       ({@code @SeedEverything(2021)} or {@code @SeedEverything(text = "0x7e5")});</li>
 *   <li>the configuration parameter {@value #MASTER_KEY} (JUnit reads it from the launcher, then from system
 *       properties such as {@code -Dseeds.master=2021}, then from {@code junit-platform.properties});</li>
 *   <li>the environment variable {@code SEEDS_MASTER};</li>
 *   <li>a fresh seed drawn once per run, printed once as {@code -Dseeds.master=...}.</li>
 * </ol>
 *
 * <h2>The per-test seed</h2>
 * Each test gets {@code Seeds.deriveFor(master, uniqueId)}: a pure function of the master and the test's
 * identity (class, method, parameter types, invocation index), never of execution order, so adding, removing or
 * reordering tests does not change another test's values. Before each test, {@code Seeds.builder()
 * .master(testSeed).apply()} seeds the JDK globals, Commons RNG and every registered target; with the annotation on
 * a class, {@code @BeforeAll} methods also run seeded (from the class's own seed).
 *
 * <h2>Parameters</h2>
 * Test and lifecycle methods can declare {@code UniformRandomProvider} (or {@code RestorableUniformRandomProvider}),
 * {@code java.util.Random}, {@link org.seedeverything.SeedReport} and {@code @}{@link TestSeed} {@code long}. Each
 * generator parameter is an independent stream derived from the test seed, the method and the parameter's position.
 *
 * <h2>Failures</h2>
 * A failing seeded test carries a suppressed exception whose message is a line to paste:
 * {@code Reproduce with: mvn test -Dtest=FooTest#bar -Dseeds.master=2021} (in a Gradle test worker:
 * {@code ./gradlew test --tests 'com.example.FooTest.bar' -Dseeds.master=2021}), followed by the generators it does
 * not bring back, if any.
 *
 * <h2>Generators that cannot be seeded</h2>
 * The JDK globals ({@code Math.random()}, {@code ThreadLocalRandom}, {@code Collections.shuffle}, ...) need the
 * seed-everything agent (the Maven plugin's {@code prepare-agent} goal puts it on Surefire's {@code argLine}) or
 * {@code --add-opens} flags. Without them the extension says once per run, on stderr and in the log, which
 * generators are not seeded and how to fix it; with {@value #FAIL_ON_UNSEEDED_KEY}{@code =true} or
 * {@link #failOnUnseeded()} such tests fail instead.
 *
 * <h2>Isolation and parallel execution</h2>
 * Every generator state captured by {@code Seeds.isolate()} is restored after each test. Because the seeded
 * generators are global, the annotation holds the {@link ResourceLock} {@value #GLOBAL_RANDOM_STATE}: seeded tests
 * never run at the same time as each other, while other tests still run in parallel.
 *
 * <h2>Automatic registration</h2>
 * The extension is also listed in {@code META-INF/services/org.junit.jupiter.api.extension.Extension}: with
 * {@code junit.jupiter.extensions.autodetection.enabled=true}, every test is seeded without the annotation (without
 * the resource lock, so keep parallel execution off or annotate the classes).
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SeedEverythingExtension.class)
@ResourceLock(SeedEverything.GLOBAL_RANDOM_STATE)
public @interface SeedEverything {

    /** Configuration parameter and system property holding the master seed: {@value}. */
    String MASTER_KEY = Seeds.MASTER_PROPERTY;

    /**
     * Configuration parameter (or system property) that makes a seeded test fail when a generator cannot be seeded
     * in the test JVM, instead of the warning printed once per run: {@value}. {@code true} or {@code false}
     * (default); {@link #failOnUnseeded()} turns it on for one class or method.
     */
    String FAIL_ON_UNSEEDED_KEY = "seeds.failOnUnseeded";

    /** The {@link ResourceLock} key that every seeded test holds for reading and writing: {@value}. */
    String GLOBAL_RANDOM_STATE = "org.seedeverything.global-random-state";

    /**
     * A fixed master seed, e.g. {@code @SeedEverything(2021)}; at most one value. Empty (the default) means: take
     * the master from {@link #text()}, an enclosing annotation or the configuration.
     */
    long[] value() default {};

    /**
     * A fixed master seed as text, in any form {@code Seeds.parse} reads: decimal, unsigned decimal or {@code 0x}
     * hex, e.g. {@code @SeedEverything(text = "0x7e5")}. Use either this or {@link #value()}, not both.
     */
    String text() default "";

    /**
     * Fail the tests this annotation covers when a generator (e.g. {@code Math.random()} without the agent or
     * {@code --add-opens}) cannot be seeded in the test JVM, instead of warning once per run. The configuration
     * parameter {@value #FAIL_ON_UNSEEDED_KEY} turns it on for every test; either one is enough.
     */
    boolean failOnUnseeded() default false;
}
