package org.seedeverything.dl4j.internal;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.RandomFactory;
import org.seedeverything.internal.Derivation;
import org.seedeverything.nd4j.internal.ThreadRandoms;

/**
 * Gives the ND4J generator of a thread nobody seeded a seed from (the target's seed, the thread's name, how many
 * threads of that name got one before) instead of the clock.
 *
 * <p>ND4J keeps one generator per thread in {@code RandomFactory}'s {@code ThreadLocal} and creates it on the
 * thread's first {@code Nd4j.getRandom()}, seeded with {@code System.currentTimeMillis()}. {@code Nd4j.randomFactory}
 * is a public static field, so this installs a {@link RandomFactory} subclass that shares the previous factory's
 * thread-local (generators created before stay where they are) and seeds only the generators it creates.
 *
 * <p>Threads are told apart by name, not by creation order, so a background thread that ND4J or the JVM starts at a
 * varying moment shifts no other thread's seed. Threads of the same name are numbered in the order of their first
 * draw: that order is a race only when several threads of one name draw for the first time concurrently.
 */
public final class FirstUseSeeding extends RandomFactory {
    /** The derivation name prefix; the thread's name follows it. */
    public static final String STREAM_PREFIX = "dl4j.thread/";

    private final ThreadLocal<Random> threadRandoms;
    private final Map<String, Long> threadsPerName = new HashMap<>();
    /** The {@code dl4j.threads} target's seed, derived from the master. */
    private volatile long key;

    private FirstUseSeeding(Class<?> randomClass, ThreadLocal<Random> threadRandoms, long key) {
        super(randomClass);
        this.threadRandoms = threadRandoms;
        this.key = key;
    }

    /**
     * Installs the seeding factory for {@code key}, or, when it is installed already, switches it to
     * {@code key} and restarts the numbering of threads per name (so a second run in the same JVM, as in
     * {@code Determinism.check}, sees the same seeds as the first). Loads ND4J.
     *
     * @throws ReflectiveOperationException when ND4J's {@code RandomFactory} lacks the fields of 1.0.0-M2.1
     */
    public static synchronized FirstUseSeeding install(long key) throws ReflectiveOperationException {
        RandomFactory current = Nd4j.getRandomFactory();
        if (current instanceof FirstUseSeeding installed) {
            installed.restart(key);
            return installed;
        }
        @SuppressWarnings("unchecked")
        ThreadLocal<Random> threadRandoms = (ThreadLocal<Random>) field("threadRandom").get(current);
        Class<?> randomClass = (Class<?>) field("randomClass").get(current);
        FirstUseSeeding seeding = new FirstUseSeeding(randomClass, threadRandoms, key);
        Nd4j.randomFactory = seeding;
        return seeding;
    }

    /** The seed the n-th thread named {@code threadName} gets under {@code key} (never 0). */
    public static long seedFor(long key, String threadName, long occurrence) {
        return ThreadRandoms.nonZero(Derivation.derive(key, STREAM_PREFIX + threadName, occurrence));
    }

    private synchronized void restart(long newKey) {
        key = newKey;
        threadsPerName.clear();
    }

    @Override
    public Random getRandom() {
        Random random = threadRandoms.get();
        if (random == null) {
            random = getNewRandomInstance(seedForCurrentThread());
            threadRandoms.set(random);
        }
        return random;
    }

    private long seedForCurrentThread() {
        String name = Thread.currentThread().getName();
        long occurrence;
        long seedKey;
        synchronized (this) {
            occurrence = threadsPerName.merge(name, 1L, Long::sum) - 1;
            seedKey = key;
        }
        return seedFor(seedKey, name, occurrence);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = RandomFactory.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
