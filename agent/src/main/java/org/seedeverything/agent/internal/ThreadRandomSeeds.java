package org.seedeverything.agent.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.seedeverything.internal.Derivation;

/**
 * Seeds for {@code new Random()}: one deterministic sequence per thread, so that a background thread creating
 * generators never shifts the seeds of another thread.
 *
 * <p>A thread's sequence is derived from (master, the thread's name when it first creates a {@code Random}, how many
 * threads of that name did so before). Within the sequence, the k-th seed is SplitMix64's output for
 * {@code base + k * golden gamma}: cheap, and distinct for every k. Threads that race to be first under the same
 * name (e.g. unnamed virtual threads) get distinct but race-ordered sequences.
 */
public final class ThreadRandomSeeds implements LongSupplier {
    /** The derivation name prefix; the thread's name follows it. */
    public static final String STREAM_PREFIX = "agent/new-java.util.Random/";
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long master;
    private final String streamPrefix;
    private final Map<String, Long> threadsPerName = new HashMap<>();
    private final ThreadLocal<long[]> perThread = new ThreadLocal<>();

    public ThreadRandomSeeds(long master) {
        this(master, STREAM_PREFIX);
    }

    /** Sequences for another source of seeds, derived under {@code streamPrefix} + the thread's name. */
    public ThreadRandomSeeds(long master, String streamPrefix) {
        this.master = master;
        this.streamPrefix = streamPrefix;
    }

    @Override
    public long getAsLong() {
        long[] state = perThread.get();
        if (state == null) {
            state = new long[] {startOfSequence(Thread.currentThread().getName()), 0};
            perThread.set(state);
        }
        long index = ++state[1];
        return mix64(state[0] + index * GOLDEN_GAMMA);
    }

    private long startOfSequence(String threadName) {
        long occurrence;
        synchronized (threadsPerName) {
            occurrence = threadsPerName.merge(threadName, 1L, Long::sum) - 1;
        }
        return Derivation.derive(master, streamPrefix + threadName, occurrence);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
