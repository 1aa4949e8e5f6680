package org.seedeverything.nd4j.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedeverything.SeedMode;

/**
 * What a child JVM needs to behave like this one in the deterministic modes: ND4J reads its thread counts and the
 * helper switch from environment variables only when it loads. Names no ND4J type, so it never loads ND4J.
 */
final class ChildSettings {
    /** The thread counts child JVMs get, fixed by the last {@link Nd4jDeterminism#enforce()}; null before. */
    private static volatile ThreadCounts pinned;

    private ChildSettings() {
    }

    static void pin(ThreadCounts counts) {
        pinned = counts;
    }

    /** {@code -Dseeds.nd4j.threads=N} for a child JVM in the deterministic modes, once a count is known. */
    static List<String> childJvmOptions(SeedMode mode) {
        ThreadCounts counts = childThreadCounts(mode);
        return counts == null ? List.of() : List.of("-D" + Nd4jDeterminism.THREADS_PROPERTY + "=" + counts.maxThreads());
    }

    /**
     * The load-time variables a child JVM needs in the deterministic modes: helpers forbidden and, once a count is
     * known, the thread counts. Never loads ND4J.
     */
    static Map<String, String> childEnvironment(SeedMode mode) {
        if (mode == SeedMode.SEED_ONLY) {
            return Map.of();
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(Nd4jDeterminism.SD_FORBID_HELPERS, "1");
        ThreadCounts counts = childThreadCounts(mode);
        if (counts != null) {
            environment.put(Nd4jDeterminism.OMP_NUM_THREADS, Integer.toString(counts.maxThreads()));
            environment.put(Nd4jDeterminism.SD_MAX_THREADS, Integer.toString(counts.maxThreads()));
            environment.put(Nd4jDeterminism.SD_MASTER_THREADS, Integer.toString(counts.masterThreads()));
        }
        return environment;
    }

    private static ThreadCounts childThreadCounts(SeedMode mode) {
        if (mode == SeedMode.SEED_ONLY) {
            return null;
        }
        ThreadCounts counts = pinned;
        if (counts == null) {
            Integer requested = requestedThreads();
            counts = requested == null ? null : new ThreadCounts(requested, requested);
        }
        return counts;
    }

    /** The value of {@code -Dseeds.nd4j.threads}, or null when unset. */
    static Integer requestedThreads() {
        String text = System.getProperty(Nd4jDeterminism.THREADS_PROPERTY);
        if (text == null || text.isBlank()) {
            return null;
        }
        int threads;
        try {
            threads = Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            threads = 0;
        }
        if (threads < 1) {
            throw new IllegalArgumentException("System property -D" + Nd4jDeterminism.THREADS_PROPERTY + "=" + text
                    + " is not a thread count; use a positive integer such as -D" + Nd4jDeterminism.THREADS_PROPERTY + "=1");
        }
        return threads;
    }
}
