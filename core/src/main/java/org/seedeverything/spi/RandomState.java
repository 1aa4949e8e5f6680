package org.seedeverything.spi;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** The complete state of a {@code java.util.Random}: its seed and its cached Gaussian. Needs java.util open. */
final class RandomState {
    private final long seed;
    private final double nextNextGaussian;
    private final boolean haveNextNextGaussian;

    private RandomState(long seed, double nextNextGaussian, boolean haveNextNextGaussian) {
        this.seed = seed;
        this.nextNextGaussian = nextNextGaussian;
        this.haveNextNextGaussian = haveNextNextGaussian;
    }

    static RandomState capture(Random random) throws ReflectiveOperationException {
        return new RandomState(((AtomicLong) field("seed").get(random)).get(),
                field("nextNextGaussian").getDouble(random),
                field("haveNextNextGaussian").getBoolean(random));
    }

    void restore(Random random) throws ReflectiveOperationException {
        ((AtomicLong) field("seed").get(random)).set(seed);
        Field gaussian = field("nextNextGaussian");
        gaussian.setDouble(random, nextNextGaussian);
        field("haveNextNextGaussian").setBoolean(random, haveNextNextGaussian);
    }

    /** A restorer for {@code random}, or null when its state cannot be read. */
    static Runnable restorer(Random random) {
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

    private static Field field(String name) throws NoSuchFieldException {
        Field field = Random.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
