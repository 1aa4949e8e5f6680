package org.seedeverything.parity.internal;

/**
 * glibc's single-precision {@code logf}, {@code sinf} and {@code cosf} (the 2018 table-and-polynomial versions in
 * {@code sysdeps/ieee754/flt-32}, current in glibc 2.28 to at least 2.36), as the x86-64 FMA variants compute
 * them: the multiply-adds of the C source are single fused operations, which is what GCC emits for the
 * {@code -mfma} copies that glibc selects on CPUs with FMA.
 *
 * Also {@code log1pf}, the float version of fdlibm's {@code log1p} that glibc still ships (compiled without FMA).
 *
 * <p>Hand-written because these functions are not correctly rounded (up to 0.82 ulp for {@code logf}, 0.56 ulp
 * for {@code sinf}/{@code cosf}), so neither {@link Math} nor {@link StrictMath} reproduce them; PyTorch's
 * default-capability {@code randn} calls them for every float32 value, NumPy's float32 ziggurat calls
 * {@code log1pf} in its tail. The constants are glibc's published
 * tables; only the reductions PyTorch can reach (finite positive arguments below 120) are ported, other
 * arguments fall back to {@link StrictMath}.
 */
public final class GlibcFloatMath {
    private static final double[] LOGF_INVC = {
        0x1.661ec79f8f3bep+0, 0x1.571ed4aaf883dp+0, 0x1.49539f0f010bp+0, 0x1.3c995b0b80385p+0,
        0x1.30d190c8864a5p+0, 0x1.25e227b0b8eap+0, 0x1.1bb4a4a1a343fp+0, 0x1.12358f08ae5bap+0,
        0x1.0953f419900a7p+0, 0x1p+0, 0x1.e608cfd9a47acp-1, 0x1.ca4b31f026aap-1,
        0x1.b2036576afce6p-1, 0x1.9c2d163a1aa2dp-1, 0x1.886e6037841edp-1, 0x1.767dcf5534862p-1,
    };
    private static final double[] LOGF_LOGC = {
        -0x1.57bf7808caadep-2, -0x1.2bef0a7c06ddbp-2, -0x1.01eae7f513a67p-2, -0x1.b31d8a68224e9p-3,
        -0x1.6574f0ac07758p-3, -0x1.1aa2bc79c81p-3, -0x1.a4e76ce8c0e5ep-4, -0x1.1973c5a611cccp-4,
        -0x1.252f438e10c1ep-5, 0x0p+0, 0x1.aa5aa5df25984p-5, 0x1.c5e53aa362eb4p-4,
        0x1.526e57720db08p-3, 0x1.bc2860d22477p-3, 0x1.1058bc8a07ee1p-2, 0x1.4043057b6ee09p-2,
    };
    private static final double LN2 = 0x1.62e42fefa39efp-1;
    private static final double LOGF_A0 = -0x1.00ea348b88334p-2;
    private static final double LOGF_A1 = 0x1.5575b0be00b6ap-2;
    private static final double LOGF_A2 = -0x1.ffffef20a4123p-2;
    private static final int LOGF_OFF = 0x3f330000;

    private static final double HPI_INV = 0x1.45F306DC9C883p+23;
    private static final double HPI = 0x1.921FB54442D18p0;
    private static final double[] SIGN = {1.0, -1.0, -1.0, 1.0};
    private static final double C0 = 0x1p0;
    private static final double C1 = -0x1.ffffffd0c621cp-2;
    private static final double C2 = 0x1.55553e1068f19p-5;
    private static final double C3 = -0x1.6c087e89a359dp-10;
    private static final double C4 = 0x1.99343027bf8c3p-16;
    private static final double S1 = -0x1.555545995a603p-3;
    private static final double S2 = 0x1.1107605230bc4p-7;
    private static final double S3 = -0x1.994eb3774cf24p-13;
    private static final int ABSTOP12_PIO4 = abstop12((float) 0x1.921FB54442D18p-1);
    private static final int ABSTOP12_TINY = abstop12(0x1p-12f);
    private static final int ABSTOP12_120 = abstop12(120.0f);

    private GlibcFloatMath() {
    }

    /** glibc {@code logf(x)}. */
    public static float logf(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == 0x3f800000) {
            return 0f;
        }
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            if (ix * 2 == 0 || ix == 0x7f800000 || ix < 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) {
                return (float) StrictMath.log(x);
            }
            ix = Float.floatToRawIntBits(x * 0x1p23f);
            ix -= 23 << 23;
        }
        int tmp = ix - LOGF_OFF;
        int i = (tmp >>> (23 - 4)) & 15;
        int k = tmp >> 23;
        int iz = ix - (tmp & (0x1ff << 23));
        double z = Float.intBitsToFloat(iz);
        double r = Math.fma(z, LOGF_INVC[i], -1.0);
        double y0 = Math.fma(k, LN2, LOGF_LOGC[i]);
        double r2 = r * r;
        double y = Math.fma(LOGF_A1, r, LOGF_A2);
        y = Math.fma(LOGF_A0, r2, y);
        y = Math.fma(y, r2, y0 + r);
        return (float) y;
    }

    /** glibc {@code sinf(x)} for |x| below 120; other arguments fall back to {@link StrictMath#sin(double)}. */
    public static float sinf(float y) {
        return sinOrCos(y, 0);
    }

    /** glibc {@code cosf(x)} for |x| below 120; other arguments fall back to {@link StrictMath#cos(double)}. */
    public static float cosf(float y) {
        return sinOrCos(y, 1);
    }

    private static float sinOrCos(float y, int cosine) {
        double x = y;
        int top = abstop12(y);
        if (top < ABSTOP12_PIO4) {
            if (top < ABSTOP12_TINY) {
                return cosine == 0 ? y : 1.0f;
            }
            return poly(x, x * x, false, cosine);
        }
        if (top < ABSTOP12_120) {
            double r = x * HPI_INV;
            int n = ((int) r + 0x800000) >> 24;
            x = Math.fma(-(double) n, HPI, x);
            double s = SIGN[n & 3];
            boolean negatedCosine = (n & 2) != 0;
            return poly(x * s, x * x, negatedCosine, n ^ cosine);
        }
        return (float) (cosine == 0 ? StrictMath.sin(y) : StrictMath.cos(y));
    }

    private static float poly(double x, double x2, boolean negatedCosine, int n) {
        if ((n & 1) == 0) {
            double x3 = x * x2;
            double s1 = Math.fma(x2, S3, S2);
            double x7 = x3 * x2;
            double s = Math.fma(x3, S1, x);
            return (float) Math.fma(x7, s1, s);
        }
        double sign = negatedCosine ? -1.0 : 1.0;
        double x4 = x2 * x2;
        double c2 = Math.fma(x2, sign * C4, sign * C3);
        double c1 = Math.fma(x2, sign * C1, sign * C0);
        double x6 = x4 * x2;
        double c = Math.fma(x4, sign * C2, c1);
        return (float) Math.fma(x6, c2, c);
    }

    private static int abstop12(float x) {
        return (Float.floatToRawIntBits(x) >>> 20) & 0x7ff;
    }

    private static final float LN2_HI_F = 6.9313812256e-01f;
    private static final float LN2_LO_F = 9.0580006145e-06f;
    private static final float LP1 = 6.6666668653e-01f;
    private static final float LP2 = 4.0000000596e-01f;
    private static final float LP3 = 2.8571429849e-01f;
    private static final float LP4 = 2.2222198546e-01f;
    private static final float LP5 = 1.8183572590e-01f;
    private static final float LP6 = 1.5313838422e-01f;
    private static final float LP7 = 1.4798198640e-01f;

    /** glibc {@code log1pf(x)} for finite x above -1; other arguments fall back to {@link StrictMath}. */
    public static float log1pf(float x) {
        int hx = Float.floatToRawIntBits(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        float f = 0f;
        float c = 0f;
        int hu = 0;
        if (hx < 0x3ed413d7) {
            if (ax >= 0x3f800000) {
                return (float) StrictMath.log1p(x);
            }
            if (ax < 0x31000000) {
                return ax < 0x24800000 ? x : x - x * x * 0.5f;
            }
            if (hx > 0 || hx <= 0xbe95f61f) {
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7f800000) {
            return x + x;
        }
        if (k != 0) {
            float u;
            if (hx < 0x5a000000) {
                u = 1.0f + x;
                hu = Float.floatToRawIntBits(u);
                k = (hu >> 23) - 127;
                c = k > 0 ? 1.0f - (u - x) : x - (u - 1.0f);
                c /= u;
            } else {
                u = x;
                hu = Float.floatToRawIntBits(u);
                k = (hu >> 23) - 127;
                c = 0;
            }
            hu &= 0x007fffff;
            if (hu < 0x3504f7) {
                u = Float.intBitsToFloat(hu | 0x3f800000);
            } else {
                k += 1;
                u = Float.intBitsToFloat(hu | 0x3f000000);
                hu = (0x00800000 - hu) >> 2;
            }
            f = u - 1.0f;
        }
        float hfsq = 0.5f * f * f;
        if (hu == 0) {
            if (f == 0f) {
                if (k == 0) {
                    return 0f;
                }
                c += k * LN2_LO_F;
                return k * LN2_HI_F + c;
            }
            float r = hfsq * (1.0f - (float) 0.66666666666666666 * f);
            return k == 0 ? f - r : k * LN2_HI_F - ((r - (k * LN2_LO_F + c)) - f);
        }
        float s = f / (2.0f + f);
        float z = s * s;
        float r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI_F - ((hfsq - (s * (hfsq + r) + (k * LN2_LO_F + c))) - f);
    }
}
