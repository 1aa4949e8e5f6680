package org.seedeverything.agent.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.seedeverything.internal.Derivation;

/**
 * Seeds for one kind of generator ({@code new Random()}, {@code ThreadLocalRandom}, {@code
 * RandomGeneratorFactory.create()}): one deterministic sequence per thread, so that a background thread creating
 * generators never shifts the seeds of another thread.
 *
 * <p>A thread's sequence is derived from (master, the kind's stream prefix and the thread's name when it first asks,
 * how many threads of that name asked before). Within the sequence, the k-th seed is SplitMix64's output for
 * {@code base + k * golden gamma}: cheap, and distinct for every k. What stays racy: threads that race to be first
 * under the same name (e.g. unnamed virtual threads, or pool threads renamed after they start) get distinct but
 * race-ordered sequences.
 */
public final class ThreadRandomSeeds implements LongSupplier {
    /** The derivation name prefix for {@code new Random()}; the thread's name follows it. */
    public static final String STREAM_PREFIX = "agent/new-java.util.Random/";
    /** The derivation name prefix for {@code ThreadLocalRandom}. */
    public static final String THREAD_LOCAL_RANDOM_PREFIX = "agent/java.util.concurrent.ThreadLocalRandom/";
    /** The derivation name prefix for {@code RandomGeneratorFactory.create()}. */
    public static final String FACTORY_PREFIX = "agent/java.util.random.RandomGeneratorFactory.create/";
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long master;
    private final String prefix;
    private final Map<String, Long> threadsPerName = new HashMap<>();
    private final ThreadLocal<long[]> perThread = new ThreadLocal<>();

    /** Seeds for {@code new Random()}. */
    public ThreadRandomSeeds(long master) {
        this(master, STREAM_PREFIX);
    }

    /** Seeds for the kind of generator that {@code prefix} names. */
    public ThreadRandomSeeds(long master, String prefix) {
        this.master = master;
        this.prefix = prefix;
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
        return Derivation.derive(master, prefix + threadName, occurrence);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
