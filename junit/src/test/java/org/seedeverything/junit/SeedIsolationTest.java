package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedeverything.junit.Fixtures.observe;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.commons.support.AnnotationSupport;
import org.seedeverything.Isolation;
import org.seedeverything.Seeds;

@DisplayName("@SeedEverything isolation")
class SeedIsolationTest {

    @Test
    @DisplayName("puts every generator back after the tests: the draws after a seeded class are those before it")
    @SuppressWarnings("try") // the scope only restores state when it closes
    void generatorsAreRestoredAfterEachTest() {
        try (Isolation ignored = Seeds.isolate()) {
            Seeds.builder().master(7).log(false).apply();
            double expectedMath = Math.random();
            long expectedStream = Seeds.stream("after").nextLong();

            Seeds.builder().master(7).log(false).apply();
            Fixtures.assertAllSucceeded(Fixtures.run(DrawingFixture.class, "seeds.master", "2021"));

            assertEquals(7, Seeds.master(), "the master is put back");
            assertEquals(expectedMath, Math.random(), "Math.random continues where it was");
            assertEquals(expectedStream, Seeds.stream("after").nextLong());
        }
    }

    @Test
    @DisplayName("declares a read-write resource lock on the global random state")
    void annotationsHoldTheGlobalRandomStateLock() {
        for (Class<?> annotation : List.of(SeedEverything.class, DeterminismCheck.class)) {
            List<ResourceLock> locks = AnnotationSupport.findRepeatableAnnotations(annotation, ResourceLock.class);
            assertEquals(1, locks.size(), annotation.getName());
            assertEquals(SeedEverything.GLOBAL_RANDOM_STATE, locks.get(0).value());
            assertEquals(org.junit.jupiter.api.parallel.ResourceAccessMode.READ_WRITE, locks.get(0).mode());
        }
    }

    @Test
    @DisplayName("keeps each test's seed and values under parallel execution")
    void parallelExecutionKeepsSeedsPerTest() {
        Fixtures.assertAllSucceeded(Fixtures.run(DrawingFixture.class, "seeds.master", "2021"));
        Map<String, List<Object>> sequential = Fixtures.observedAll();

        Fixtures.assertAllSucceeded(Fixtures.run(DrawingFixture.class, "seeds.master", "2021",
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));
        Map<String, List<Object>> parallel = Fixtures.observedAll();

        assertEquals(sequential, parallel);
        assertTrue(sequential.size() >= 10, "every test observed its values");
    }

    @SeedEverything
    static class DrawingFixture {
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
        void draws(int index, @TestSeed long seed, UniformRandomProvider random) {
            observeDraws("draws" + index, seed, random);
        }

        @Test
        void alpha(@TestSeed long seed, UniformRandomProvider random) {
            observeDraws("alpha", seed, random);
        }

        @Test
        void beta(@TestSeed long seed, UniformRandomProvider random) {
            observeDraws("beta", seed, random);
        }

        /**
         * Not ThreadLocalRandom: the JDK mixes the thread id into its sequence, and a parallel run may use another
         * thread for the same test.
         */
        private static void observeDraws(String test, long seed, UniformRandomProvider random) {
            observe(test + ".seed", seed);
            for (int i = 0; i < 100; i++) {
                observe(test + ".math", Math.random());
            }
            observe(test + ".splittable", new SplittableRandom().nextLong());
            observe(test + ".parameter", random.nextLong());
        }
    }
}
