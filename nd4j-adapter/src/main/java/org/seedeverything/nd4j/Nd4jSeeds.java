package org.seedeverything.nd4j;

import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.Seeds;
import org.seedeverything.nd4j.internal.Nd4jDeterminism;
import org.seedeverything.nd4j.internal.Nd4jRandomTarget;
import org.seedeverything.nd4j.internal.ThreadRandoms;

/**
 * Seeds for ND4J beyond what {@code Seeds.everything} does on its own.
 *
 * <p>With this adapter on the class path, {@code Seeds.everything(master)} seeds the calling thread's
 * {@code Nd4j.getRandom()} (target {@value #TARGET_NAME}) and {@code Seeds.threadFactory(pool)} seeds the k-th thread
 * of a pool from (master, pool, k). ND4J's generator is per thread and seeded from the clock on first use, so every
 * other thread draws differently on every run unless it is seeded:
 *
 * <pre>{@code
 * Seeds.everything(2021);
 * ExecutorService pool = Executors.newFixedThreadPool(4, Seeds.threadFactory("workers"));
 * // a thread you do not create (a library's callback thread):
 * Nd4jSeeds.seedCurrentThread("async-iterator");
 * // values that must not depend on which thread runs which task: one generator per task
 * try (Random random = Nd4jSeeds.newRandom("task", i)) { INDArray noise = Nd4j.randn(random, 3, 4); }
 * }</pre>
 *
 * <h2>Hidden reseeds</h2>
 * {@code Nd4j.rand(seed, ...)}, {@code Nd4j.randn(seed, ...)}, {@code Nd4j.rand(target, seed)}, DL4J's
 * {@code NeuralNetConfiguration.Builder.seed(...)} (its default is the clock) and {@code MultiLayerNetwork.init()}
 * reseed the calling thread's generator. Give DL4J {@code Seeds.derive("model")}.
 *
 * @since 0.1
 */
public final class Nd4jSeeds {
    /** The name of the ND4J seed target in reports, for {@code include}/{@code exclude}: {@value}. */
    public static final String TARGET_NAME = Nd4jRandomTarget.NAME;
    /**
     * System property with the ND4J thread count to request in the modes DETERMINISTIC and STRICT: {@value}.
     * Without it the count in effect is kept and passed on to child JVMs.
     */
    public static final String THREADS_PROPERTY = Nd4jDeterminism.THREADS_PROPERTY;

    private Nd4jSeeds() {
    }

    /**
     * Seeds the calling thread's {@code Nd4j.getRandom()} from (master, {@code name}); use it at the start of a
     * thread you do not create. Distinct names give independent seeds; the same name on two threads gives both the
     * same sequence. Loads ND4J.
     *
     * @return the seed given to ND4J
     * @throws IllegalStateException when no master seed is set yet (call {@code Seeds.everything} first)
     */
    public static long seedCurrentThread(String name) {
        requireName(name);
        long seed = ThreadRandoms.nonZero(Seeds.deriveFor(Seeds.master(), "thread/" + name + "/" + TARGET_NAME));
        ThreadRandoms.seedCurrentThread(seed);
        return seed;
    }

    /**
     * A new ND4J generator, not tied to any thread, seeded from {@code Seeds.derive(name, path)}: the deterministic
     * way to draw per task ({@code newRandom("task", i)}) whatever thread runs the task. Close it when done: it holds
     * native memory.
     */
    public static Random newRandom(String name, long... path) {
        requireName(name);
        return Nd4j.getRandomFactory().getNewRandomInstance(ThreadRandoms.nonZero(Seeds.derive(name, path)));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name '" + name + "' is empty; give a stable name such as"
                    + " \"async-iterator\" or \"task\"");
        }
    }
}
