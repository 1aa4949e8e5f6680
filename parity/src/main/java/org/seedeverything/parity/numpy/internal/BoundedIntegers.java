package org.seedeverything.parity.numpy.internal;

/**
 * NumPy's bounded integers ({@code numpy/random/src/distributions/distributions.c}): masked rejection (legacy
 * {@code RandomState}), Lemire's multiply-shift with rejection ({@code Generator}) and {@code random_interval}
 * (both {@code shuffle}s). {@code range} is {@code high - low - 1}, read as unsigned, as in NumPy.
 */
public final class BoundedIntegers {
    private BoundedIntegers() {
    }

    /** {@code off + value} with value uniform in [0, range] by masked rejection (32-bit draws when range fits). */
    public static long masked(BitSource bits, long off, long range) {
        if (range == 0) {
            return off;
        }
        if (Long.compareUnsigned(range, 0xffffffffL) <= 0) {
            if (range == 0xffffffffL) {
                return off + (bits.nextInt() & 0xffffffffL);
            }
            long mask = mask(range);
            long value;
            do {
                value = bits.nextInt() & mask;
            } while (value > range);
            return off + value;
        }
        if (range == -1L) {
            return off + bits.nextLong();
        }
        long mask = mask(range);
        long value;
        do {
            value = bits.nextLong() & mask;
        } while (Long.compareUnsigned(value, range) > 0);
        return off + value;
    }

    /** {@code off + value} with value uniform in [0, range] by Lemire's method (32-bit draws when range fits). */
    public static long lemire(BitSource bits, long off, long range) {
        if (range == 0) {
            return off;
        }
        if (Long.compareUnsigned(range, 0xffffffffL) <= 0) {
            if (range == 0xffffffffL) {
                return off + (bits.nextInt() & 0xffffffffL);
            }
            long exclusive = range + 1;
            long m = (bits.nextInt() & 0xffffffffL) * exclusive;
            long leftover = m & 0xffffffffL;
            if (leftover < exclusive) {
                long threshold = (0xffffffffL - range) % exclusive;
                while (leftover < threshold) {
                    m = (bits.nextInt() & 0xffffffffL) * exclusive;
                    leftover = m & 0xffffffffL;
                }
            }
            return off + (m >>> 32);
        }
        if (range == -1L) {
            return off + bits.nextLong();
        }
        long exclusive = range + 1;
        long draw = bits.nextLong();
        long leftover = draw * exclusive;
        long high = unsignedMultiplyHigh(draw, exclusive);
        if (Long.compareUnsigned(leftover, exclusive) < 0) {
            long threshold = Long.remainderUnsigned(-1L - range, exclusive);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                draw = bits.nextLong();
                leftover = draw * exclusive;
                high = unsignedMultiplyHigh(draw, exclusive);
            }
        }
        return off + high;
    }

    /** {@code random_interval(max)}: uniform in [0, max] by masked rejection. */
    public static long interval(BitSource bits, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long value;
        if (Long.compareUnsigned(max, 0xffffffffL) <= 0) {
            do {
                value = bits.nextInt() & 0xffffffffL & mask;
            } while (value > max);
        } else {
            do {
                value = bits.nextLong() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    private static long mask(long range) {
        long mask = range;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    /** The high 64 bits of the unsigned 128-bit product (Java 18's {@code Math.unsignedMultiplyHigh}). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** NumPy's 1-d {@code shuffle}: Fisher-Yates from the end with {@link #interval}. */
    public static void shuffle(BitSource bits, long[] x) {
        for (int i = x.length - 1; i > 0; i--) {
            int j = (int) interval(bits, i);
            long swap = x[i];
            x[i] = x[j];
            x[j] = swap;
        }
    }

    /** NumPy's 1-d {@code shuffle} of a float64 array. */
    public static void shuffle(BitSource bits, double[] x) {
        for (int i = x.length - 1; i > 0; i--) {
            int j = (int) interval(bits, i);
            double swap = x[i];
            x[i] = x[j];
            x[j] = swap;
        }
    }

    /** NumPy's {@code permutation(n)}: {@code arange(n)} shuffled. */
    public static long[] permutation(BitSource bits, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        shuffle(bits, out);
        return out;
    }
}
