package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedeverything.junit.Fixtures.observe;
import static org.seedeverything.junit.Fixtures.observed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;

@DisplayName("@DeterminismCheck in this JVM")
class DeterminismCheckTest {

    @Test
    @DisplayName("passes a body whose seeded values are the same on every run, each run seeded from the same seed")
    void deterministicBodyPasses() {
        EngineExecutionResults results = Fixtures.run(DeterministicFixture.class, "seeds.master", "2021");

        Fixtures.assertAllSucceeded(results);
        assertEquals(3, results.testEvents().succeeded().count(), "one test per run");
        long expectedSeed = Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:"
                + DeterministicFixture.class.getName() + "]/[test-template:seededValuesRepeat(org.seedeverything"
                + ".fingerprint.FingerprintRecorder, org.apache.commons.rng.UniformRandomProvider, long)]");
        assertEquals(List.of(expectedSeed, expectedSeed, expectedSeed), observed("seed"));
    }

    @Test
    @DisplayName("fails every run that differs from run 1, naming the run, the entry and the first differing element")
    void stateKeptBetweenRunsFails() {
        EngineExecutionResults results = Fixtures.run(CounterFixture.class, "seeds.master", "2021");

        assertEquals(1, results.testEvents().succeeded().count(), "run 1 is the reference");
        List<Throwable> failures = Fixtures.testFailures(results);
        assertEquals(2, failures.size());
        // The fixture stores its call count at element 7: 0 in run 1, 1 in run 2, 2 in run 3.
        assertEquals("@DeterminismCheck: run 2 of 3 differs from run 1: entry \"counter\" element 7 [7]: 0 (run 1)"
                + " vs 1 (run 2)", firstLine(failures.get(0)));
        assertEquals("@DeterminismCheck: run 3 of 3 differs from run 1: entry \"counter\" element 7 [7]: 0 (run 1)"
                + " vs 2 (run 3)", firstLine(failures.get(1)));
        assertTrue(SeedEverythingTest.reproduceHint(failures.get(0)).startsWith("Reproduce with: mvn test"
                + " -Dtest='DeterminismCheckTest$CounterFixture#dependsOnStateKeptBetweenRuns' -Dseeds.master=2021"));
    }

    @Test
    @DisplayName("cannot see per-JVM sources such as Set.of order in one JVM: that needs forked = true")
    void setOrderLooksDeterministicInOneJvm() {
        Fixtures.assertAllSucceeded(Fixtures.run(SetOrderInProcessFixture.class, "seeds.master", "2021"));
    }

    @Test
    @DisplayName("fails a run that records nothing, saying how to record")
    void emptyRunFails() {
        Throwable failure = Fixtures.testFailures(Fixtures.run(NothingRecordedFixture.class)).get(0);

        assertTrue(failure.getMessage().contains("run 1 of 2 recorded nothing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("recorder.record("), failure.getMessage());
    }

    @Test
    @DisplayName("takes the number of runs from seeds.determinism.runs when the annotation does not say")
    void runsComeFromTheConfiguration() {
        EngineExecutionResults results = Fixtures.run(DeterministicFixture.class, "seeds.master", "2021",
                DeterminismCheck.RUNS_KEY, "5");

        assertEquals(3, results.testEvents().succeeded().count(), "the annotation's runs = 3 wins");
        Fixtures.assertAllSucceeded(Fixtures.run(DefaultRunsFixture.class, DeterminismCheck.RUNS_KEY, "4"));
        assertEquals(4, observed("run").size());
    }

    private static String firstLine(Throwable failure) {
        return failure.getMessage().lines().findFirst().orElseThrow();
    }

    static class DeterministicFixture {
        @DeterminismCheck(runs = 3)
        void seededValuesRepeat(FingerprintRecorder recorder, UniformRandomProvider random, @TestSeed long seed) {
            observe("seed", seed);
            double[] values = new double[64];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.random() + random.nextDouble();
            }
            recorder.record("values", values);
            List<Integer> deck = new ArrayList<>(IntStream.range(0, 52).boxed().toList());
            Collections.shuffle(deck);
            recorder.record("deck", deck.toString());
            Fingerprints.record("stream", Seeds.stream("x").nextLong());
        }
    }

    static class DefaultRunsFixture {
        @DeterminismCheck
        void countsRuns(FingerprintRecorder recorder) {
            observe("run", 1);
            recorder.record("value", Math.random());
        }
    }

    static class CounterFixture {
        private static int calls;

        @DeterminismCheck(runs = 3)
        void dependsOnStateKeptBetweenRuns(FingerprintRecorder recorder) {
            long[] values = new long[10];
            values[7] = calls++;
            recorder.record("counter", values);
        }
    }

    static class SetOrderInProcessFixture {
        @DeterminismCheck(runs = 2)
        void iteratesSetOf(FingerprintRecorder recorder) {
            recorder.record("set.order", setOfThousandInIterationOrder());
        }
    }

    static class NothingRecordedFixture {
        @DeterminismCheck(runs = 2)
        void recordsNothing(FingerprintRecorder recorder) {
            observe("ran", recorder.size());
        }
    }

    /** {@code Set.of} iteration order depends on a salt drawn once per JVM. */
    /**
     * Strings, not small Integers: Integers 0..999 fill one contiguous half of Set.of's table, so every iteration start
     * in the empty half gives the same order (about 40% of launches measured), while scattered String hashes give
     * about a thousand different orders.
     */
    static String setOfThousandInIterationOrder() {
        Set<String> set = Set.of(IntStream.range(0, 1000).mapToObj(i -> "item-" + i).toArray(String[]::new));
        return String.join(",", set);
    }
}
