package org.seedeverything.nd4j.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeds, captures and restores the per-thread ND4J generators ({@code Nd4j.getRandom()} is a thread-local,
 * clock-seeded {@code CpuNativeRandom} on the CPU backend). Touching this class loads ND4J's natives.
 */
public final class ThreadRandoms {
    /**
     * libnd4j replaces a root state of 0 by the clock, so a seed of 0 would silently become nondeterministic; this
     * fixed odd constant (the 64-bit golden ratio) stands in for it.
     */
    static final long ZERO_REPLACEMENT = 0x9E3779B97F4A7C15L;

    /** Threads seeded through this adapter, so that an isolation scope can restore their generators too. */
    private static final Map<Thread, Random> SEEDED = new WeakHashMap<>();

    private ThreadRandoms() {
    }

    /** The seed handed to ND4J for {@code seed}: never 0. */
    public static long nonZero(long seed) {
        return seed == 0 ? ZERO_REPLACEMENT : seed;
    }

    /**
     * Seeds the calling thread's {@code Nd4j.getRandom()}. Uses {@code setSeed(long)} only: {@code setSeed(int[])}
     * always seeds 0 in ND4J 1.0.0-M2.1.
     */
    public static void seedCurrentThread(long seed) {
        Random random = Nd4j.getRandom();
        random.setSeed(nonZero(seed));
        synchronized (SEEDED) {
            SEEDED.put(Thread.currentThread(), random);
        }
    }

    /**
     * Captures the (root, node) state of the calling thread's generator and of every live thread seeded through
     * this adapter; the returned action puts them back. Restoring another thread's generator while that thread draws
     * is a race: close an isolation scope only while such threads are idle.
     */
    public static Runnable capture() {
        Map<Random, long[]> states = new IdentityHashMap<>();
        Random own = Nd4j.getRandom();
        states.put(own, stateOf(own));
        List<Random> others = new ArrayList<>();
        synchronized (SEEDED) {
            SEEDED.forEach((thread, random) -> {
                if (thread.isAlive() && random != own) {
                    others.add(random);
                }
            });
        }
        for (Random random : others) {
            states.put(random, stateOf(random));
        }
        return () -> states.forEach((random, state) -> random.setStates(state[0], state[1]));
    }

    private static long[] stateOf(Random random) {
        return new long[] {random.rootState(), random.nodeState()};
    }
}
