package org.seedeverything.internal.jdk;

import java.util.ArrayList;
import java.util.List;
import org.seedeverything.spi.SeedTarget;

/** The built-in targets, in seeding order. */
public final class JdkTargets {
    private static final List<String> GENERATOR_ALGORITHMS = List.of("L32X64MixRandom", "L64X128MixRandom",
            "L64X128StarStarRandom", "L64X256MixRandom", "L64X1024MixRandom", "L128X128MixRandom",
            "L128X256MixRandom", "L128X1024MixRandom", "Xoroshiro128PlusPlus", "Xoshiro256PlusPlus");

    private JdkTargets() {
    }

    /** Math, StrictMath, ThreadLocalRandom, SplittableRandom, RandomGenerator algorithms, shuffle, Commons RNG. */
    public static List<SeedTarget> all() {
        List<String> generatorClasses = new ArrayList<>();
        for (String algorithm : GENERATOR_ALGORITHMS) {
            generatorClasses.add("jdk.internal.random." + algorithm);
            generatorClasses.add("jdk.random." + algorithm);
        }
        return List.of(
                new RandomHolderTarget("jdk.math-random", Math.class),
                new RandomHolderTarget("jdk.strict-math-random", StrictMath.class),
                new ThreadLocalRandomTarget(),
                new AtomicSeedTarget("jdk.splittable-random", List.of("java.util.SplittableRandom"),
                        "new SplittableRandom()"),
                new AtomicSeedTarget("jdk.random-generators", generatorClasses,
                        "RandomGenerator.getDefault() and RandomGeneratorFactory defaults"),
                new CollectionsShuffleTarget(),
                new CommonsRngSeedFactoryTarget(),
                SecureRandomTarget.left());
    }
}
