package org.seedeverything.parity.numpy.internal;

import java.util.function.DoubleSupplier;
import org.seedeverything.parity.internal.Sizes;

/** The array loops that {@code RandomState} and {@code Generator} share, with NumPy's argument checks. */
public final class Fills {
    private Fills() {
    }

    /** n integers in [low, high): Lemire's method ({@code Generator}) or masked rejection ({@code RandomState}). */
    public static long[] integers(BitSource bits, long low, long high, int n, boolean lemire, String method) {
        if (low >= high) {
            throw new IllegalArgumentException(method + " needs low < high (NumPy: 'low >= high'), got low=" + low
                    + ", high=" + high);
        }
        long range = high - low - 1;
        long[] out = new long[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = lemire ? BoundedIntegers.lemire(bits, low, range) : BoundedIntegers.masked(bits, low, range);
        }
        return out;
    }

    /** n values {@code low + (high - low) * unit()}, NumPy's {@code uniform}. */
    public static double[] uniform(double low, double high, int n, DoubleSupplier unit) {
        double range = high - low;
        double[] out = new double[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = low + range * unit.getAsDouble();
        }
        return out;
    }

    /** n values {@code loc + scale * standard()}, NumPy's {@code normal}; rejects a negative scale as NumPy does. */
    public static double[] normal(double loc, double scale, int n, DoubleSupplier standard) {
        if (!(scale >= 0.0)) {
            throw new IllegalArgumentException("scale must be non-negative (NumPy: 'scale < 0'), got " + scale);
        }
        double[] out = new double[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = loc + scale * standard.getAsDouble();
        }
        return out;
    }
}
