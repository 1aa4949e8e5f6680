package org.seedeverything.init.internal;

/**
 * Standard normal deviates restricted to [alpha, beta]. The method is chosen once per fill from the interval only,
 * so it never depends on the data or the thread count:
 * <ul>
 *   <li>{@code NORMAL_REJECTION} when the interval holds 0 and is at least 1 wide (acceptance at least 34 %):
 *       ziggurat draws until one falls inside;</li>
 *   <li>otherwise the interval is mirrored, if needed, so that its point nearest 0, {@code m}, is its left end
 *       (or 0 when it holds 0), and {@code w = beta - alpha};</li>
 *   <li>{@code UNIFORM_PROPOSAL} when w is finite and {@code w * (2m + w) <= 4}: {@code z = alpha + w * u1},
 *       accepted when {@code u2 < exp((m*m - z*z) / 2)};</li>
 *   <li>{@code EXPONENTIAL_PROPOSAL} (Robert, 1995) otherwise: {@code lambda = (m + sqrt(m*m + 4)) / 2},
 *       {@code z = m - ln(u1) / lambda}, accepted when {@code z <= beta} and
 *       {@code u2 <= exp(-(z - lambda)^2 / 2)}.</li>
 * </ul>
 * u1 of the exponential proposal is a (0, 1] double, every other u a [0, 1) double, one 64-bit draw each.
 */
public final class TruncatedNormal {
    private enum Method { NORMAL_REJECTION, UNIFORM_PROPOSAL, EXPONENTIAL_PROPOSAL }

    private final Method method;
    private final boolean mirrored;
    private final double alpha;
    private final double beta;
    private final double nearest;
    private final double width;
    private final double lambda;

    /** A sampler for the standard normal restricted to [alpha, beta]; alpha < beta, not both infinite alike. */
    public TruncatedNormal(double alpha, double beta) {
        if (!(alpha < beta)) {
            throw new IllegalArgumentException("The truncation interval [" + alpha + ", " + beta + "] (in standard"
                    + " deviations from the mean) is empty; pass a < b");
        }
        if (alpha <= 0 && beta >= 0 && beta - alpha >= 1) {
            method = Method.NORMAL_REJECTION;
            mirrored = false;
            this.alpha = alpha;
            this.beta = beta;
            nearest = 0;
            width = beta - alpha;
            lambda = 0;
            return;
        }
        mirrored = beta <= 0;
        this.alpha = mirrored ? -beta : alpha;
        this.beta = mirrored ? -alpha : beta;
        nearest = Math.max(this.alpha, 0);
        width = this.beta - this.alpha;
        if (width * (2 * nearest + width) <= 4) {
            method = Method.UNIFORM_PROPOSAL;
            lambda = 0;
        } else {
            method = Method.EXPONENTIAL_PROPOSAL;
            lambda = (nearest + StrictMath.sqrt(nearest * nearest + 4)) / 2;
        }
    }

    /** One deviate in [alpha, beta]. */
    public double sample(Xoshiro256PlusPlus generator) {
        switch (method) {
            case NORMAL_REJECTION:
                while (true) {
                    double z = NormalZiggurat.sample(generator);
                    if (z >= alpha && z <= beta) {
                        return z;
                    }
                }
            case UNIFORM_PROPOSAL:
                while (true) {
                    double z = alpha + width * generator.nextOpenUpper();
                    double u = generator.nextOpenUpper();
                    if (u < StrictMath.exp((nearest * nearest - z * z) / 2)) {
                        return mirrored ? -z : z;
                    }
                }
            default:
                while (true) {
                    double z = nearest - StrictMath.log(generator.nextOpenLower()) / lambda;
                    double u = generator.nextOpenUpper();
                    if (z <= beta && u <= StrictMath.exp(-(z - lambda) * (z - lambda) / 2)) {
                        return mirrored ? -z : z;
                    }
                }
        }
    }
}
