package org.seedeverything.agent.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.security.SecureRandom;
import java.util.function.BinaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.seedeverything.agent.bootstrap.AgentHooks;

/**
 * Seed mode's per-thread seeding of the generators the JDK otherwise seeds from one shared sequence, handed out in
 * the order threads happen to ask: each thread's {@code ThreadLocalRandom} and each {@code
 * RandomGeneratorFactory.create()} get seeds keyed by the thread's name and how often that thread asked, like
 * {@code new Random()} ({@link ThreadRandomSeeds}).
 *
 * <p>Stays as before: threads that initialised their {@code ThreadLocalRandom} before the agent started (the JDK's
 * own threads, rarely {@code main}), stochastic factories such as {@code SecureRandom}, and same-named threads
 * racing to ask first.
 */
final class ThreadSeeding {
    private ThreadSeeding() {
    }

    /**
     * Installs the hooks; the seed of a thread's {@code ThreadLocalRandom} lives in a private field of
     * {@code Thread}, which needs {@code java.lang} opened to the agent (done by the caller).
     *
     * @return whether {@code ThreadLocalRandom} could be reached
     */
    static boolean install(long master) {
        VarHandle threadSeed;
        try {
            threadSeed = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup())
                    .findVarHandle(Thread.class, "threadLocalRandomSeed", long.class);
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            threadSeed = null;
        }
        ThreadRandomSeeds localSeeds = new ThreadRandomSeeds(master, ThreadRandomSeeds.THREAD_LOCAL_RANDOM_PREFIX);
        ThreadRandomSeeds factorySeeds = new ThreadRandomSeeds(master, ThreadRandomSeeds.FACTORY_PREFIX);
        VarHandle seedField = threadSeed;
        Runnable local = seedField == null ? null
                : () -> seedField.set(Thread.currentThread(), localSeeds.getAsLong());
        BinaryOperator<Object> factory = (candidate, created) -> {
            RandomGeneratorFactory<?> generators = (RandomGeneratorFactory<?>) candidate;
            if (generators.isStochastic() || created instanceof SecureRandom) {
                return created; // random by design: never made predictable here
            }
            RandomGenerator seeded = generators.create(factorySeeds.getAsLong());
            return seeded;
        };
        AgentHooks.installThreadSeeding(local, factory);
        return seedField != null;
    }
}
