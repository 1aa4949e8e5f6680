package org.seedeverything.internal.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.seedeverything.SeedMode;
import org.seedeverything.spi.DeterminismNote;

/** Deterministic-execution checks for the JDK itself, and the sources no library call can control. */
public final class JdkDeterminism {
    /** The JDK's property for the common pool's parallelism: {@value}. */
    public static final String PARALLELISM_PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";
    /** Set by the seed-everything agent when it instruments {@code new Random()}: {@value}. */
    public static final String AGENT_PROPERTY = "seeds.agent.active";

    private JdkDeterminism() {
    }

    /** What took effect for the JDK in modes DETERMINISTIC and STRICT. */
    public static List<DeterminismNote> enforce() {
        List<DeterminismNote> notes = new ArrayList<>();
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        if (System.getProperty(PARALLELISM_PROPERTY) != null) {
            notes.add(DeterminismNote.applied("jdk.fork-join-pool", "common pool parallelism pinned to "
                    + parallelism + " by -D" + PARALLELISM_PROPERTY));
        } else {
            notes.add(DeterminismNote.notApplied("jdk.fork-join-pool", "parallel stream reductions split work by"
                    + " the common pool's parallelism (" + parallelism + " here), which follows the core count, so"
                    + " floating-point sums can differ between machines.", "launch every JVM with -D"
                    + PARALLELISM_PROPERTY + "=" + parallelism + " (it only acts at start-up)"));
        }
        return notes;
    }

    /** Sources that no seeding can control, stated so that nobody assumes seeding was enough. */
    public static List<String> uncontrolledSources() {
        List<String> sources = new ArrayList<>();
        if (!Boolean.getBoolean(AGENT_PROPERTY)) {
            sources.add("new java.util.Random() mixes System.nanoTime() into its seed: use Seeds.random(name), or run"
                    + " with the seed-everything agent");
        }
        sources.add("Set.of/Map.of iteration order is salted per JVM launch: sort, or use LinkedHashSet/TreeSet");
        sources.add("clocks, process ids and thread races (unordered parallel forEach, shared mutable state)");
        return sources;
    }

    /** Settings a child JVM needs to reproduce this one in {@code mode}. */
    public static List<String> childJvmOptions(SeedMode mode) {
        if (mode == SeedMode.SEED_ONLY) {
            return List.of();
        }
        return List.of("-D" + PARALLELISM_PROPERTY + "=" + ForkJoinPool.getCommonPoolParallelism());
    }
}
