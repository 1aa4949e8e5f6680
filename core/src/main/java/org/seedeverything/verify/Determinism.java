package org.seedeverything.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seedeverything.Isolation;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.fingerprint.RecordingScope;

/**
 * Runs recorded work several times in this JVM, re-seeding everything with the same master before each run, and
 * compares what the runs recorded:
 * <pre>{@code
 * DeterminismResult result = Determinism.check(3, recorder -> {
 *     float[] weights = initWeights(Seeds.stream("init"));
 *     recorder.record("layer1.W", weights, 784, 256);
 * });
 * result.assertDeterministic();   // or print result: it names the first differing entry, element and values
 * }</pre>
 *
 * <p>Before each run {@code Seeds.everything(master)} seeds every target; afterwards the generator states from
 * before the check are restored. {@code Fingerprints.record} calls made during a run (on any thread) go to that
 * run's recorder. Checks must not run concurrently. In-process checks cannot see differences that only show between
 * fresh JVMs (identity hash codes, class initialisation order); the cross-JVM verifier covers those.
 *
 * @since 0.1
 */
public final class Determinism {
    /** The master seed of a check unless another is given: {@value}. */
    public static final long DEFAULT_MASTER = 0;
    /** Bytes of array values each run keeps per entry by default, to locate the first differing element: 64 MiB. */
    public static final long DEFAULT_RETAINED_BYTES = 64L << 20;

    private static final Object ONE_CHECK_AT_A_TIME = new Object();

    private Determinism() {
    }

    /** Runs {@code work} {@code runs} times with master {@value #DEFAULT_MASTER} and compares the runs. */
    public static DeterminismResult check(int runs, RecordedWork work) {
        return runs(runs).check(work);
    }

    /** Runs {@code work} {@code runs} times, seeding everything from {@code master} before each, and compares. */
    public static DeterminismResult check(int runs, long master, RecordedWork work) {
        return runs(runs).master(master).check(work);
    }

    /**
     * A check of {@code runs} runs with further options.
     *
     * @throws IllegalArgumentException for fewer than 2 runs
     */
    public static Check runs(int runs) {
        return new Check(runs);
    }

    /** Options of a determinism check. Obtain one from {@link Determinism#runs(int)}. */
    public static final class Check {
        private final int runs;
        private long master = DEFAULT_MASTER;
        private FingerprintFunction function = Fingerprints.function();
        private long retainedBytes = DEFAULT_RETAINED_BYTES;

        private Check(int runs) {
            if (runs < 2) {
                throw new IllegalArgumentException("A determinism check needs at least 2 runs to compare, got " + runs
                        + "; use 3 to also catch differences that only appear now and then");
            }
            this.runs = runs;
        }

        /** The master seed everything is seeded from before each run (default {@value Determinism#DEFAULT_MASTER}). */
        public Check master(long master) {
            this.master = master;
            return this;
        }

        /** The fingerprint function the recorders use (default {@link Fingerprints#function()}). */
        public Check function(FingerprintFunction function) {
            this.function = Objects.requireNonNull(function, "function");
            return this;
        }

        /**
         * Bytes of values kept per array entry and run, to locate the first differing element (default 64 MiB);
         * larger arrays are located to a block of elements only.
         */
        public Check retainValues(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("Retained bytes " + bytes + " is negative");
            }
            this.retainedBytes = bytes;
            return this;
        }

        /**
         * Runs the work and compares the runs' manifests with the first run's.
         *
         * @throws IllegalStateException when a run throws (naming the run and master) or no run records anything
         */
        public DeterminismResult check(RecordedWork work) {
            Objects.requireNonNull(work, "work");
            List<Manifest> manifests = new ArrayList<>();
            synchronized (ONE_CHECK_AT_A_TIME) {
                try (Isolation restoreAfterwards = Seeds.isolate()) {
                    for (int run = 1; run <= runs; run++) {
                        manifests.add(runOnce(work, run));
                    }
                }
            }
            if (manifests.stream().allMatch(m -> m.size() == 0)) {
                throw new IllegalStateException("No run recorded anything, so there is nothing to compare; record"
                        + " results with recorder.record(name, values) or Fingerprints.record(name, values)");
            }
            return new DeterminismResult(master, manifests);
        }

        private Manifest runOnce(RecordedWork work, int run) {
            Seeds.builder().master(master).log(false).apply();
            FingerprintRecorder recorder = FingerprintRecorder.builder().function(function)
                    .retainValues(retainedBytes).build();
            try (RecordingScope scope = Fingerprints.recordInto(recorder)) {
                work.run(recorder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Run " + run + " of " + runs + " (master " + master
                        + ") was interrupted", e);
            } catch (Exception e) {
                throw new IllegalStateException("Run " + run + " of " + runs + " (master " + master + ") threw " + e
                        + "; fix the failure, or catch it inside the work and record it", e);
            }
            return recorder.manifest();
        }
    }
}
