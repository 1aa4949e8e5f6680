package org.seedeverything.parity.internal;

/**
 * One lane of PyTorch's AVX2 {@code log256_ps} and {@code sincos256_ps} ({@code aten/src/ATen/native/cpu/
 * avx_mathfun.h}, Cephes polynomials after Julien Pommier's {@code sse_mathfun}), with the fused multiply-adds
 * that GCC forms when it compiles the AVX2 kernels with {@code -mfma}: each Horner step is one FMA, the
 * Cody-Waite reduction steps are FMAs, and where two products feed one sum the first product is fused.
 *
 * <p>Hand-written because this arithmetic, not libm, produces every float32 {@code torch.randn} value of
 * 16 or more elements on AVX2 and AVX-512 machines. The constants are the header's decimal values, rounded to
 * float through double as the C initialisers do.
 */
public final class AvxMathFun {
    private static final float SQRTHF = (float) 0.707106781186547524;
    private static final int SQRTHF_BITS = Float.floatToRawIntBits(SQRTHF);
    private static final float LOG_P0 = (float) 7.0376836292E-2;
    private static final float LOG_P1 = (float) -1.1514610310E-1;
    private static final float LOG_P2 = (float) 1.1676998740E-1;
    private static final float LOG_P3 = (float) -1.2420140846E-1;
    private static final float LOG_P4 = (float) 1.4249322787E-1;
    private static final float LOG_P5 = (float) -1.6668057665E-1;
    private static final float LOG_P6 = (float) 2.0000714765E-1;
    private static final float LOG_P7 = (float) -2.4999993993E-1;
    private static final float LOG_P8 = (float) 3.3333331174E-1;
    private static final float LOG_Q1 = (float) -2.12194440e-4;
    private static final float LOG_Q2 = (float) 0.693359375;
    private static final float MINUS_DP1 = (float) -0.78515625;
    private static final float MINUS_DP2 = (float) -2.4187564849853515625e-4;
    private static final float MINUS_DP3 = (float) -3.77489497744594108e-8;
    private static final float SIN_P0 = (float) -1.9515295891E-4;
    private static final float SIN_P1 = (float) 8.3321608736E-3;
    private static final float SIN_P2 = (float) -1.6666654611E-1;
    private static final float COS_P0 = (float) 2.443315711809948E-005;
    private static final float COS_P1 = (float) -1.388731625493765E-003;
    private static final float COS_P2 = (float) 4.166664568298827E-002;
    private static final float FOPI = (float) 1.27323954473516;
    private static final float TWO_PI = (float) (2.0 * Math.PI);

    private AvxMathFun() {
    }

    /** {@code log256_ps} for one positive lane. */
    public static float log(float input) {
        int bits = Float.floatToRawIntBits(input);
        if (bits < 0x00800000) {
            return input <= 0f ? Float.NaN : log(Float.MIN_NORMAL);
        }
        int exponent = (bits >>> 23) - 0x7f;
        float x = Float.intBitsToFloat((bits & ~0x7f800000) | 0x3f000000);
        // branch-free select of the SQRTHF test (random inputs make a branch mispredict half the time)
        int below = (Float.floatToRawIntBits(x) - SQRTHF_BITS) >> 31;
        float e = (float) (exponent + 1 + below);
        x = x - 1f + Float.intBitsToFloat(Float.floatToRawIntBits(x) & below);
        float z = x * x;
        float y = LOG_P0;
        y = Math.fma(y, x, LOG_P1);
        y = Math.fma(y, x, LOG_P2);
        y = Math.fma(y, x, LOG_P3);
        y = Math.fma(y, x, LOG_P4);
        y = Math.fma(y, x, LOG_P5);
        y = Math.fma(y, x, LOG_P6);
        y = Math.fma(y, x, LOG_P7);
        y = Math.fma(y, x, LOG_P8);
        y = y * x;
        y = Math.fma(y, z, e * LOG_Q1);
        y = Math.fma(-z, 0.5f, y);
        x = x + y;
        return Math.fma(e, LOG_Q2, x);
    }

    /**
     * One lane of PyTorch's {@code normal_fill_16_AVX2}: from the uniforms at {@code d[j]} and {@code d[j + 8]}, the
     * Box-Muller pair {@code (radius * cos, radius * sin) * std + mean} with {@code log256_ps} and
     * {@code sincos256_ps}, written back to the same two slots.
     */
    public static void normalPair(float[] d, int j, float mean, float std) {
        float u1 = 1f - d[j];
        float u2 = d[j + 8];
        float radius = (float) Math.sqrt(-2f * log(u1));
        float theta = TWO_PI * u2;
        int signSin = Float.floatToRawIntBits(theta) & 0x80000000;
        float x = Math.abs(theta);
        float y = x * FOPI;
        int q = (int) y;
        q = (q + 1) & ~1;
        y = (float) q;
        int swapSignSin = (q & 4) << 29;
        int sinPolynomial = ((q & 2) >> 1) - 1;
        x = Math.fma(y, MINUS_DP1, x);
        x = Math.fma(y, MINUS_DP2, x);
        x = Math.fma(y, MINUS_DP3, x);
        int signCos = (~(q - 2) & 4) << 29;
        signSin ^= swapSignSin;
        float z = x * x;
        float cosine = COS_P0;
        cosine = Math.fma(cosine, z, COS_P1);
        cosine = Math.fma(cosine, z, COS_P2);
        cosine = cosine * z;
        cosine = Math.fma(cosine, z, -(z * 0.5f));
        cosine = cosine + 1f;
        float sine = SIN_P0;
        sine = Math.fma(sine, z, SIN_P1);
        sine = Math.fma(sine, z, SIN_P2);
        sine = sine * z;
        sine = Math.fma(sine, x, x);
        int sineBits = Float.floatToRawIntBits(sine);
        int cosineBits = Float.floatToRawIntBits(cosine);
        float sinResult = Float.intBitsToFloat(((sineBits & sinPolynomial) | (cosineBits & ~sinPolynomial)) ^ signSin);
        float cosResult = Float.intBitsToFloat(((cosineBits & sinPolynomial) | (sineBits & ~sinPolynomial)) ^ signCos);
        d[j] = Math.fma(radius * cosResult, std, mean);
        d[j + 8] = Math.fma(radius * sinResult, std, mean);
    }
}
