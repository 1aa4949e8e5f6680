package org.seedeverything.dl4j.internal;

import org.seedeverything.nd4j.internal.Nd4jPresence;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * The {@value #NAME} target: the ND4J generators of threads nobody seeded (DL4J's prefetch threads, a worker
 * thread that calls {@code fit}, {@code ParallelWrapper}'s workers) get seeds from the master and their thread's name
 * on first use instead of the clock; see {@link FirstUseSeeding}. Registered in {@code META-INF/services}.
 */
public final class UnseededThreadsTarget implements SeedTarget {
    /** The target's name and derivation name: {@value}. */
    public static final String NAME = "dl4j.threads";

    /** Used by {@link java.util.ServiceLoader}. */
    public UnseededThreadsTarget() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Installs the seeding factory keyed by this target's seed, or re-keys it (every {@code Seeds.everything}). */
    @Override
    public SeedOutcome seed(long seed) {
        if (!Nd4jPresence.isPresent()) {
            return SeedOutcome.notPresent("ND4J is not on the class path");
        }
        try {
            FirstUseSeeding.install(seed);
            return SeedOutcome.seeded("ND4J generators of threads created unseeded: from (master, thread name,"
                    + " n-th thread of that name) on first use; threads that drew before this call keep clock seeds");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unusable) {
            return SeedOutcome.failed("ND4J's RandomFactory could not be replaced: " + unusable,
                    "use ND4J 1.0.0-M2.1, or seed each thread with Seeds.threadFactory(pool) or"
                            + " Nd4jSeeds.seedCurrentThread(name)");
        }
    }
}
