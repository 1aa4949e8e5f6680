package org.seedeverything.internal.targets;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.seedeverything.internal.Derivation;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * {@code ThreadLocalRandom}: the static {@code seeder} that seeds threads initialising later, and the calling
 * thread's own {@code Thread.threadLocalRandomSeed}. Per thread: {@code Seeds.threadFactory} seeds pool threads.
 *
 * <p>{@code ThreadLocalRandom} mixes the thread id into every step, so values are stable on one JDK but differ
 * between JDK releases whose main thread ids differ.
 */
final class ThreadLocalRandomTarget implements SeedTarget {
    static final String NAME = "jdk.thread-local-random";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean perThread() {
        return true;
    }

    private static AtomicLong seeder() throws ReflectiveOperationException {
        return (AtomicLong) JdkAccess.field(ThreadLocalRandom.class, "seeder").get(null);
    }

    private static Field threadSeed() throws ReflectiveOperationException {
        return JdkAccess.field(Thread.class, "threadLocalRandomSeed");
    }

    @Override
    public SeedOutcome seed(long seed) {
        try {
            seeder().set(Derivation.derive(seed, "seeder"));
        } catch (InaccessibleObjectException denied) {
            return SeedOutcome.noAccess("ThreadLocalRandom.seeder is not open to us",
                    JdkAccess.opensFlag(ThreadLocalRandom.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return SeedOutcome.failed("could not reach ThreadLocalRandom.seeder: " + e, "please report it");
        }
        SeedOutcome calling = seedCurrentThread(Derivation.derive(seed, "calling-thread"));
        if (!calling.status().equals(org.seedeverything.TargetStatus.SEEDED)) {
            return calling;
        }
        return SeedOutcome.seeded("seeder and the calling thread reseeded; other threads: use Seeds.threadFactory");
    }

    @Override
    public SeedOutcome seedCurrentThread(long seed) {
        try {
            ThreadLocalRandom.current();
            threadSeed().setLong(Thread.currentThread(), seed);
            return SeedOutcome.seeded("thread " + Thread.currentThread().getName() + " reseeded");
        } catch (InaccessibleObjectException denied) {
            return SeedOutcome.noAccess("Thread.threadLocalRandomSeed is not open to us",
                    JdkAccess.opensFlag(Thread.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return SeedOutcome.failed("could not reach Thread.threadLocalRandomSeed: " + e, "please report it");
        }
    }

    @Override
    public Runnable capture() {
        try {
            AtomicLong seeder = seeder();
            long seederValue = seeder.get();
            Thread thread = Thread.currentThread();
            ThreadLocalRandom.current();
            Field field = threadSeed();
            long threadValue = field.getLong(thread);
            return () -> {
                seeder.set(seederValue);
                try {
                    field.setLong(thread, threadValue);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Could not restore ThreadLocalRandom: " + e, e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
    }

    @Override
    public List<String> requiredJvmOptions() {
        return List.of(JdkAccess.opensFlag(ThreadLocalRandom.class), JdkAccess.opensFlag(Thread.class));
    }
}
