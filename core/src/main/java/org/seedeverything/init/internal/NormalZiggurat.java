package org.seedeverything.init.internal;

/**
 * Standard normal deviates from raw 64-bit draws with a 256-layer ziggurat (Marsaglia and Tsang, 2000), using
 * disjoint bits for the layer and the value as Doornik (2005) recommends. Every step is specified here so that
 * another language can reproduce it bit for bit (see {@code src/docs/init.md} and
 * {@code scripts/init_vectors.py}).
 *
 * <p>Tables: {@code f(x) = exp(-x*x/2)} (unnormalised), {@code R} = 3.6541528853610088 (right edge of the base
 * layer) and {@code V} = 4.92867323399e-3 (area of every layer). {@code X[0] = V / f(R)}, {@code X[1] = R},
 * {@code X[i+1] = sqrt(-2 ln(V / X[i] + f(X[i])))} for i = 1..254, {@code X[256] = 0}; {@code F[i] = f(X[i])}
 * with {@code F[256] = 1}. The tables are stored as exact literals in {@link ZigguratTables}; the slow paths
 * use {@link StrictMath}, so every JVM computes the same values.
 *
 * <p>One sample: draw 64 bits {@code b}; layer {@code i = b & 0xff}; {@code u = (b >> 11) * 2^-52} (arithmetic
 * shift, so u is in [-1, 1)); {@code x = u * X[i]}. If {@code |x| < X[i+1]} return x. If i = 0, return a tail
 * value beyond R with the sign of u: repeat {@code t = -ln(u1) / R, y = -ln(u2)} until {@code 2y >= t*t}, return
 * {@code R + t}. Otherwise draw {@code u3} in [0, 1); if {@code F[i] + (F[i+1] - F[i]) * u3 < exp(-x*x/2)} return
 * x, else start over with a new 64-bit draw. u1 and u2 are (0, 1] doubles, u3 a [0, 1) double, one draw each.
 */
public final class NormalZiggurat {
    static final double R = 3.6541528853610088;
    static final double V = 4.92867323399e-3;
    static final double[] X = ZigguratTables.X;
    static final double[] F = ZigguratTables.F;

    private NormalZiggurat() {
    }

    /** One standard normal deviate. */
    public static double sample(Xoshiro256PlusPlus generator) {
        long bits = generator.nextLong();
        int layer = (int) bits & 0xff;
        double x = (bits >> 11) * 0x1p-52 * X[layer];
        if (Math.abs(x) < X[layer + 1]) {
            return x;
        }
        return outsideCore(generator, layer, x);
    }

    /**
     * Finishes a sample whose first draw chose {@code layer} and gave {@code x} outside the layer's core
     * ({@code |x| >= X[layer + 1]}); for loops that inline the fast path of {@link #sample}.
     */
    static double outsideCore(Xoshiro256PlusPlus generator, int layer, double x) {
        while (true) {
            if (layer == 0) {
                return tail(generator, x < 0);
            }
            double y = F[layer] + (F[layer + 1] - F[layer]) * generator.nextOpenUpper();
            if (y < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
            long bits = generator.nextLong();
            layer = (int) bits & 0xff;
            x = (bits >> 11) * 0x1p-52 * X[layer];
            if (Math.abs(x) < X[layer + 1]) {
                return x;
            }
        }
    }

    private static double tail(Xoshiro256PlusPlus generator, boolean negative) {
        double t;
        double y;
        do {
            t = -StrictMath.log(generator.nextOpenLower()) / R;
            y = -StrictMath.log(generator.nextOpenLower());
        } while (y + y < t * t);
        return negative ? -(R + t) : R + t;
    }
}
