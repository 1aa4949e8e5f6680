package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetStatus;

/** The ND4J target as seen through core's API, and {@link Nd4jSeeds}. */
class Nd4jSeedsTest {

    @Test
    @DisplayName("the report's environment carries ND4J's backend, threads and load-time variables")
    void reportCarriesNd4jEnvironment() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        var environment = report.environment();
        assertEquals(Integer.toString(Nd4j.getEnvironment().maxThreads()), environment.get("nd4j.threads"));
        assertEquals(String.valueOf(Nd4j.dataType()), environment.get("nd4j.dtype.default"));
        assertTrue(environment.containsKey("nd4j.env.OMP_NUM_THREADS"), environment::toString);
        assertTrue(report.toJson().contains("\"nd4j.backend\""));
    }

    @Test
    @DisplayName("Seeds.everything seeds the calling thread from the target's derived seed")
    void everythingSeedsTheCallingThread() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        var result = report.target(Nd4jSeeds.TARGET_NAME).orElseThrow();
        assertEquals(TargetStatus.SEEDED, result.status(), result::toString);
        assertEquals(result.seed(), Nd4j.getRandom().rootState(), "the reported seed is the one ND4J got");
        float[] first = Nd4j.rand(DataType.FLOAT, 4).toFloatVector();

        Seeds.builder().master(2021).log(false).apply();
        assertArrayEquals(first, Nd4j.rand(DataType.FLOAT, 4).toFloatVector());

        Seeds.builder().master(2022).log(false).apply();
        assertFalse(Arrays.equals(first, Nd4j.rand(DataType.FLOAT, 4).toFloatVector()));
    }

    @Test
    @DisplayName("excluding nd4j.* leaves ND4J's generator alone")
    void excludedTargetIsSkipped() {
        Nd4j.getRandom().setSeed(5L);
        SeedReport report = Seeds.builder().master(2021).exclude("nd4j.*").log(false).apply();
        assertEquals(TargetStatus.SKIPPED, report.target(Nd4jSeeds.TARGET_NAME).orElseThrow().status());
        assertEquals(5L, Nd4j.getRandom().rootState());
    }

    @Test
    @DisplayName("seedCurrentThread gives any thread the stream of its name, independent of the thread")
    void seedCurrentThreadFollowsTheName() throws InterruptedException, ExecutionException {
        Seeds.everything(2021);
        long seed = Nd4jSeeds.seedCurrentThread("async-iterator");
        float[] here = Nd4j.rand(DataType.FLOAT, 4).toFloatVector();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<float[]> there = other.submit(() -> {
                assertEquals(seed, Nd4jSeeds.seedCurrentThread("async-iterator"));
                return Nd4j.rand(DataType.FLOAT, 4).toFloatVector();
            });
            assertArrayEquals(here, there.get());
            Future<Long> otherName = other.submit(() -> Nd4jSeeds.seedCurrentThread("loader"));
            assertNotEquals(seed, otherName.get().longValue());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    @DisplayName("newRandom(name, i) is one reproducible generator per task, not tied to a thread")
    void newRandomPerTask() {
        Seeds.everything(2021);
        float[] task3;
        try (Random random = Nd4jSeeds.newRandom("task", 3)) {
            assertEquals(Seeds.derive("task", 3), random.rootState());
            task3 = Nd4j.rand(random, 4).toFloatVector();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (Random again = Nd4jSeeds.newRandom("task", 3); Random task4 = Nd4jSeeds.newRandom("task", 4)) {
            assertArrayEquals(task3, Nd4j.rand(again, 4).toFloatVector());
            assertFalse(Arrays.equals(task3, Nd4j.rand(task4, 4).toFloatVector()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a blank name is rejected with a hint")
    void blankNameIsRejected() {
        Seeds.everything(2021);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Nd4jSeeds.seedCurrentThread(" "));
        assertTrue(error.getMessage().contains("stable name"), error.getMessage());
    }
}
