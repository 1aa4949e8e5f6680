package org.seedeverything.nd4j.internal;

import java.util.List;
import java.util.Map;
import org.seedeverything.SeedMode;
import org.seedeverything.spi.DeterminismNote;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * The {@value #NAME} target: the calling thread's {@code Nd4j.getRandom()}, and through
 * {@code Seeds.threadFactory} every pool thread's. Registered in {@code META-INF/services}.
 *
 * <p>This class never names an ND4J type itself: it checks that ND4J is present (without initialising it) before
 * it calls the classes that do. Seeding then loads ND4J's natives eagerly, which is what a user who put this
 * adapter on the class path asked for; exclude {@code "nd4j.*"} to avoid it.
 */
public final class Nd4jRandomTarget implements SeedTarget {
    /** The target's name and derivation name: {@value}. */
    public static final String NAME = "nd4j.random";

    /** Used by {@link java.util.ServiceLoader}. */
    public Nd4jRandomTarget() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SeedOutcome seed(long seed) {
        return seedThread(seed, "the calling thread's Nd4j.getRandom(); other threads: Seeds.threadFactory(pool)"
                + " or Nd4jSeeds.seedCurrentThread(name)");
    }

    @Override
    public boolean perThread() {
        return true;
    }

    @Override
    public SeedOutcome seedCurrentThread(long seed) {
        return seedThread(seed, "Nd4j.getRandom() of thread " + Thread.currentThread().getName());
    }

    private static SeedOutcome seedThread(long seed, String what) {
        if (!Nd4jPresence.isPresent()) {
            return SeedOutcome.notPresent("ND4J is not on the class path");
        }
        try {
            ThreadRandoms.seedCurrentThread(seed);
            return SeedOutcome.seeded(what);
        } catch (RuntimeException | LinkageError unusable) {
            return SeedOutcome.failed("ND4J could not be loaded: " + unusable, Nd4jPresence.installHint());
        }
    }

    /** Captures nothing (and loads nothing) while ND4J is unused: no thread has a generator yet. */
    @Override
    public Runnable capture() {
        return Nd4jPresence.isLoaded() ? ThreadRandoms.capture() : null;
    }

    @Override
    public List<DeterminismNote> enforceDeterminism() {
        if (!Nd4jPresence.isPresent()) {
            return List.of();
        }
        try {
            return Nd4jDeterminism.enforce();
        } catch (RuntimeException | LinkageError unusable) {
            return List.of(DeterminismNote.notApplied(NAME, "ND4J could not be loaded: " + unusable,
                    Nd4jPresence.installHint()));
        }
    }

    @Override
    public List<String> childJvmOptions(SeedMode mode) {
        return ChildSettings.childJvmOptions(mode);
    }

    @Override
    public Map<String, String> childEnvironment(SeedMode mode) {
        return ChildSettings.childEnvironment(mode);
    }

    /** ND4J's backend, BLAS, threads and load-time variables; only once ND4J is loaded, so this never loads it. */
    @Override
    public Map<String, String> environmentFacts() {
        if (!Nd4jPresence.isPresent()) {
            return Map.of();
        }
        if (!Nd4jPresence.isLoaded()) {
            return Map.of("nd4j.loaded", "false");
        }
        return org.seedeverything.nd4j.Nd4jEnvironment.facts();
    }
}
