package org.seedeverything.internal.jdk;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** The complete state of a {@code java.util.Random}: its seed and its cached Gaussian. Needs java.util open. */
public final class RandomState {
    private final long seed;
    private final double nextNextGaussian;
    private final boolean haveNextNextGaussian;

    private RandomState(long seed, double nextNextGaussian, boolean haveNextNextGaussian) {
        this.seed = seed;
        this.nextNextGaussian = nextNextGaussian;
        this.haveNextNextGaussian = haveNextNextGaussian;
    }

    static RandomState capture(Random random) throws ReflectiveOperationException {
        return new RandomState(((AtomicLong) JdkAccess.field(Random.class, "seed").get(random)).get(),
                JdkAccess.field(Random.class, "nextNextGaussian").getDouble(random),
                JdkAccess.field(Random.class, "haveNextNextGaussian").getBoolean(random));
    }

    void restore(Random random) throws ReflectiveOperationException {
        ((AtomicLong) JdkAccess.field(Random.class, "seed").get(random)).set(seed);
        Field gaussian = JdkAccess.field(Random.class, "nextNextGaussian");
        gaussian.setDouble(random, nextNextGaussian);
        JdkAccess.field(Random.class, "haveNextNextGaussian").setBoolean(random, haveNextNextGaussian);
    }

    /** A restorer for {@code random}, or null when its state cannot be read. */
    public static Runnable restorer(Random random) {
        if (random == null) {
            return null;
        }
        try {
            RandomState state = capture(random);
            return () -> {
                try {
                    state.restore(random);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not restore a java.util.Random: " + e, e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
    }
}
