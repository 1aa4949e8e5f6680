package org.seedeverything.agent.bootstrap;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The bridge between the calls the agent weaves into JDK classes and the agent itself. The agent loads this class with the bootstrap
 * class loader, so {@code java.util.Random} and friends can call it; it therefore uses JDK types only.
 *
 * <p>Both hooks are unset (and every call a no-op) until the agent has finished starting.
 */
public final class AgentHooks {
    /** Random's multiplier, as {@code new Random(seed)} scrambles its seed. */
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long MASK = (1L << 48) - 1;

    private static volatile Consumer<String> unseededUse;
    private static volatile LongSupplier randomSeeds;
    private static volatile Runnable threadLocalRandomSeeding;
    private static volatile BinaryOperator<Object> factorySeeding;

    private AgentHooks() {
    }

    /**
     * Sets the hooks.
     *
     * @param unseededUse receives the label of every unseeded use; may throw to forbid it; null to ignore uses
     * @param randomSeeds seeds for {@code new Random()}; null to leave them as the JDK makes them
     */
    public static void install(Consumer<String> unseededUse, LongSupplier randomSeeds) {
        AgentHooks.unseededUse = unseededUse;
        AgentHooks.randomSeeds = randomSeeds;
    }

    /**
     * Sets the per-thread seeding of {@code ThreadLocalRandom} and {@code RandomGeneratorFactory.create()}.
     *
     * @param threadLocalRandomSeeding re-seeds the current thread's {@code ThreadLocalRandom} right after the JDK
     *                                 initialised it; null to leave it
     * @param factorySeeding given the factory and the generator its {@code create()} made, returns the generator
     *                       to hand out instead; null to leave them
     */
    public static void installThreadSeeding(Runnable threadLocalRandomSeeding, BinaryOperator<Object> factorySeeding) {
        AgentHooks.threadLocalRandomSeeding = threadLocalRandomSeeding;
        AgentHooks.factorySeeding = factorySeeding;
    }

    /** Called when {@code ThreadLocalRandom.localInit()} returns, on the thread it initialised. */
    public static void threadLocalRandomInitialised() {
        Runnable seeding = threadLocalRandomSeeding;
        if (seeding != null) {
            seeding.run();
        }
    }

    /** Called when {@code RandomGeneratorFactory.create()} returns; the result replaces {@code created}. */
    public static RandomGenerator createdGenerator(RandomGenerator created, Object factory) {
        BinaryOperator<Object> seeding = factorySeeding;
        return seeding == null ? created : (RandomGenerator) seeding.apply(factory, created);
    }

    /** Called on entry to an unseeded source, e.g. {@code Math.random()}. */
    public static void unseeded(String label) {
        Consumer<String> listener = unseededUse;
        if (listener != null) {
            listener.accept(label);
        }
    }

    /** Called on entry to a method whose seed argument may be null, e.g. Commons RNG's {@code create(seed)}. */
    public static void unseededIfNull(Object seed, String label) {
        if (seed == null) {
            unseeded(label);
        }
    }

    /**
     * Called when {@code Random()} returns: reports the use and, in seed mode, replaces the time-based seed exactly
     * as {@code new Random(next)} would have set it: the field directly for a plain {@code Random}, through
     * {@code setSeed} for a subclass (which may keep state of its own). ThreadLocalRandom is left alone.
     */
    public static void newRandom(Random instance, AtomicLong seed) {
        if (instance instanceof ThreadLocalRandom) {
            return;
        }
        unseeded("new java.util.Random()");
        LongSupplier seeds = randomSeeds;
        if (seeds == null || seed == null) {
            return;
        }
        long next = seeds.getAsLong();
        if (instance.getClass() == Random.class) {
            seed.set((next ^ MULTIPLIER) & MASK);
        } else {
            instance.setSeed(next);
        }
    }
}
