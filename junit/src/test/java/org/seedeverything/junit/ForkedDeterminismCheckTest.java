package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;

/** Each run of these checks starts a fresh JVM: a few seconds per check. */
@DisplayName("@DeterminismCheck(forked = true)")
class ForkedDeterminismCheckTest {

    @Test
    @DisplayName("passes a body whose seeded values are the same in every fresh JVM")
    void deterministicBodyPassesInFreshJvms() {
        EngineExecutionResults results = Fixtures.run(DeterministicForkedFixture.class, "seeds.master", "2021");

        Fixtures.assertAllSucceeded(results);
        assertEquals(2, results.testEvents().succeeded().count(), "one test per run");
        assertTrue(Fixtures.observed("body").isEmpty(), "the body ran in the child JVMs, not here");
    }

    @Test
    @DisplayName("fails on Set.of iteration order, which differs between JVMs, naming the entry and the run")
    void setOrderDiffersBetweenFreshJvms() {
        EngineExecutionResults results = Fixtures.run(SetOrderForkedFixture.class, "seeds.master", "2021");

        List<Throwable> failures = Fixtures.testFailures(results);
        assertTrue(!failures.isEmpty(), "three JVMs share a Set.of order with negligible probability");
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("@DeterminismCheck: run "), message);
        assertTrue(message.contains(" of 3 (each run in a fresh JVM) differs from run 1: entry \"set.order\""),
                message);
        assertTrue(message.contains("(run 1) vs "), message);
    }

    @Test
    @DisplayName("reports a run that fails in the fresh JVM with the child's own failure")
    void failureInTheChildIsReported() {
        EngineExecutionResults results = Fixtures.run(FailingForkedFixture.class, "seeds.master", "2021");

        List<Throwable> failures = Fixtures.testFailures(results);
        assertEquals(2, failures.size());
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("@DeterminismCheck: run 1 of 2 (each run in a fresh JVM) failed (exit code 1)"),
                message);
        assertTrue(message.contains("broken in the child"), message);
    }

    @Test
    @DisplayName("with the agent available, unseeded new Random() in the body is seeded in every fresh JVM")
    void agentSeedsNewRandomInFreshJvms() {
        assertTrue(org.seedeverything.internal.AgentJar.locate().isPresent(),
                "the build hands the agent jar over in -Dseeds.agent.jar");
        Fixtures.assertAllSucceeded(Fixtures.run(NewRandomForkedFixture.class, "seeds.master", "2021"));
    }

    @Test
    @DisplayName("without the agent, unseeded new Random() is caught: the runs differ")
    void newRandomIsCaughtWithoutTheAgent() {
        String previous = System.setProperty("seeds.agent.disable", "true");
        try {
            List<Throwable> failures = Fixtures.testFailures(
                    Fixtures.run(NewRandomForkedFixture.class, "seeds.master", "2021"));
            assertTrue(!failures.isEmpty(), "new Random() mixes in nanoTime: fresh JVMs must differ");
            assertTrue(failures.get(0).getMessage().contains("entry \"new-random\""), failures.get(0).getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty("seeds.agent.disable");
            } else {
                System.setProperty("seeds.agent.disable", previous);
            }
        }
    }

    static class NewRandomForkedFixture {
        @DeterminismCheck(runs = 2, forked = true)
        void drawsFromNewRandom(FingerprintRecorder recorder) {
            recorder.record("new-random", new java.util.Random().nextLong());
        }
    }

    static class DeterministicForkedFixture {
        @DeterminismCheck(runs = 2, forked = true)
        void seededValuesRepeat(FingerprintRecorder recorder, UniformRandomProvider random) {
            Fixtures.observe("body", 1);
            double[] values = new double[64];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.random() + random.nextDouble();
            }
            recorder.record("values", values);
            List<Integer> deck = new ArrayList<>(IntStream.range(0, 52).boxed().toList());
            Collections.shuffle(deck);
            Fingerprints.record("deck", deck.toString());
        }
    }

    static class SetOrderForkedFixture {
        @DeterminismCheck(runs = 3, forked = true)
        void iteratesSetOf(FingerprintRecorder recorder) {
            recorder.record("set.order", DeterminismCheckTest.setOfThousandInIterationOrder());
        }
    }

    static class FailingForkedFixture {
        @DeterminismCheck(runs = 2, forked = true)
        void failsInTheChild(FingerprintRecorder recorder) {
            recorder.record("value", 1L);
            throw new IllegalStateException("broken in the child");
        }
    }
}
