package org.seedeverything.spark.internal;

import java.util.Map;
import java.util.Random;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * A driver-side {@code java.util.Random} of Spark's that its unseeded APIs draw their seeds from. Spark 4 keeps
 * two: {@code SparkClassUtils.random} (the {@code SparkClassUtils} object: {@code functions.rand()}, {@code randn()},
 * {@code uuid()}, {@code shuffle()}, {@code randstr()}, {@code uniform()}, {@code Dataset.sample(withReplacement,
 * fraction)}) and {@code Utils.random} (the core {@code Utils} object, which mixes in the same trait and gets its own
 * instance: {@code Dataset.randomSplit(weights)}, the old {@code mllib} defaults such as {@code KMeans}' seed).
 * Registered in {@code META-INF/services}, so {@code Seeds.everything} seeds them whenever Spark is on the class path.
 *
 * <p>Reached by reflection on the Scala objects' public {@code random()} accessors (no {@code --add-opens}), so
 * that this class loads without Spark and reports {@code NOT_PRESENT} there.
 */
public abstract class SparkDriverRandomTarget implements SeedTarget {
    private final String name;
    private final String objectClass;
    private final String uses;

    SparkDriverRandomTarget(String name, String objectClass, String uses) {
        this.name = name;
        this.objectClass = objectClass;
        this.uses = uses;
    }

    /** {@code SparkClassUtils.random}, found by {@link java.util.ServiceLoader}. */
    public static final class ClassUtilsRandom extends SparkDriverRandomTarget {
        /** Used by {@link java.util.ServiceLoader}. */
        public ClassUtilsRandom() {
            super("spark.class-utils-random", "org.apache.spark.util.SparkClassUtils$",
                    "rand(), randn(), uuid(), shuffle(), randstr(), uniform(), sample(withReplacement, fraction)");
        }

        @Override
        public Map<String, String> environmentFacts() {
            return SparkVersion.facts();
        }
    }

    /** {@code Utils.random}, found by {@link java.util.ServiceLoader}. */
    public static final class UtilsRandom extends SparkDriverRandomTarget {
        /** Used by {@link java.util.ServiceLoader}. */
        public UtilsRandom() {
            super("spark.utils-random", "org.apache.spark.util.Utils$",
                    "randomSplit(weights), mllib defaults (KMeans seed)");
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The driver generator, or null when Spark is absent. */
    Random generator() throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(objectClass, true, SparkDriverRandomTarget.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return null;
        }
        Object module = type.getField("MODULE$").get(null);
        return (Random) type.getMethod("random").invoke(module);
    }

    @Override
    public SeedOutcome seed(long seed) {
        try {
            Random random = generator();
            if (random == null) {
                return SeedOutcome.notPresent("Spark is not on the class path");
            }
            random.setSeed(seed);
            return SeedOutcome.seeded(objectClass.replace("$", "") + ".random (" + uses + ")");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return SeedOutcome.failed("could not reach " + objectClass + "random(): " + e,
                    "pass explicit seeds (rand(seed), randomSplit(weights, seed)) and report this Spark version");
        }
    }
}
