package org.seedeverything.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.ElementDifference;
import org.seedeverything.fingerprint.Fingerprints;

/** In-process determinism checks: seeded work passes, unseeded or clock-dependent work is caught and located. */
class DeterminismTest {
    private static double[] draws(UniformRandomProvider random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }

    @Test
    @DisplayName("work drawing from a seeded stream is deterministic")
    void seededWorkPasses() {
        DeterminismResult result = Determinism.check(3, 42, recorder -> {
            recorder.record("init", draws(Seeds.stream("init"), 100), 10, 10);
            recorder.record("java.util.Random", new double[] {Seeds.random("shuffle").nextGaussian()});
            recorder.record("summary", "ok");
        });
        assertTrue(result.isDeterministic(), result.toString());
        assertEquals(3, result.runs());
        assertEquals(42, result.master());
        assertTrue(result.toString().startsWith("Deterministic: 3 runs with master 42"), result.toString());
        result.assertDeterministic();
    }

    @Test
    @DisplayName("work using SecureRandom is flagged with the entry, element and both values")
    void secureRandomIsCaught() {
        List<double[]> recorded = new ArrayList<>();
        DeterminismResult result = Determinism.check(3, recorder -> {
            double[] values = new double[8];
            values[5] = new SecureRandom().nextDouble();
            recorded.add(values);
            recorder.record("stable", new int[] {1, 2, 3});
            recorder.record("noise", values, 2, 4);
        });
        assertFalse(result.isDeterministic());
        assertEquals(List.of("noise"), result.differingEntries());
        ElementDifference first = result.firstElementDifference().orElseThrow();
        assertEquals("noise", first.entry());
        assertEquals(5, first.index());
        assertEquals(Double.toString(recorded.get(0)[5]), first.expected());
        assertEquals(Double.toString(recorded.get(1)[5]), first.actual());
        String report = result.toString();
        assertTrue(report.contains("NOT deterministic") && report.contains("entry \"noise\" element 5 [1, 1]")
                && report.contains(first.expected() + " (run 1) vs " + first.actual() + " (run 2)"), report);
        AssertionError error = assertThrows(AssertionError.class, result::assertDeterministic);
        assertEquals(report, error.getMessage());
    }

    @Test
    @DisplayName("work reading the clock is flagged")
    void clockIsCaught() {
        DeterminismResult result = Determinism.check(3, recorder -> {
            long start = System.nanoTime();
            while (System.nanoTime() == start) {
                Thread.onSpinWait();
            }
            recorder.record("started", start);
        });
        assertFalse(result.isDeterministic());
        assertEquals("started", result.firstDifference().orElseThrow().name());
    }

    @Test
    @DisplayName("a difference in a later run only is reported for that run; Fingerprints.record is captured")
    void laterRunAndGlobalRecording() {
        AtomicInteger run = new AtomicInteger();
        DeterminismResult result = Determinism.check(3, recorder -> {
            int current = run.incrementAndGet();
            Fingerprints.record("weights", new float[] {1f, 2f, current == 3 ? 4f : 3f});
        });
        assertEquals(3, result.firstDifferingRun().orElseThrow());
        assertTrue(result.diff(2).isIdentical());
        ElementDifference first = result.firstElementDifference().orElseThrow();
        assertEquals(2, first.index());
        assertEquals("3.0", first.expected());
        assertEquals("4.0", first.actual());
        assertTrue(result.toString().contains("Runs that agree with run 1: [2]"), result.toString());
    }

    @Test
    @DisplayName("records from worker threads are captured, and the seeding state is restored afterwards")
    void workerThreadsAndRestoredState() {
        boolean seededBefore = Seeds.isSeeded();
        Long masterBefore = seededBefore ? Seeds.master() : null;
        DeterminismResult result = Determinism.check(2, 9, recorder -> {
            Thread worker = new Thread(() -> Fingerprints.record("from worker", draws(Seeds.stream("worker"), 4)));
            worker.start();
            worker.join();
        });
        assertTrue(result.isDeterministic(), result.toString());
        assertEquals("from worker", result.manifest(1).entries().get(0).name());
        assertEquals(seededBefore, Seeds.isSeeded());
        if (seededBefore) {
            assertEquals(masterBefore, Seeds.master());
        }
    }

    @Test
    @DisplayName("a run that records a different set of entries is flagged")
    void missingEntry() {
        AtomicInteger run = new AtomicInteger();
        DeterminismResult result = Determinism.check(2, recorder -> {
            recorder.record("always", 1L);
            if (run.incrementAndGet() == 1) {
                recorder.record("sometimes", 2L);
            }
        });
        assertFalse(result.isDeterministic());
        assertTrue(result.toString().contains("entry \"sometimes\" is missing"), result.toString());
    }

    @Test
    @DisplayName("bad use is refused with a message that says what to do")
    void badUse() {
        assertThrows(IllegalArgumentException.class, () -> Determinism.check(1, recorder -> recorder.record("a", 1L)));
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> Determinism.check(2, r -> { }));
        assertTrue(empty.getMessage().contains("record"), empty.getMessage());
        IllegalStateException failing = assertThrows(IllegalStateException.class, () -> Determinism.check(2, r -> {
            throw new java.io.IOException("disk full");
        }));
        assertTrue(failing.getMessage().contains("Run 1 of 2") && failing.getMessage().contains("disk full"),
                failing.getMessage());
    }
}
