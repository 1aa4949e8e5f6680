package org.seedeverything.parity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * glibc's double-precision {@code log} (the 2018 table-driven {@code sysdeps/ieee754/dbl-64/e_log.c}) and
 * {@code sin}/{@code cos} (IBM's {@code s_sin.c}), as current in glibc 2.28 to at least 2.36, computed the way their
 * x86-64 FMA variants compute them: the multiply-adds of the C sources are fused as GCC fuses them for the
 * {@code -mfma} copies that glibc selects on CPUs with FMA (where two products feed one sum, the first is fused).
 *
 * <p>Hand-written because these functions are not correctly rounded (0.52 and 0.55 ulp), so {@link StrictMath}
 * differs on some inputs; NumPy's legacy {@code randn} and PyTorch's float64 and element-wise normals call them.
 * The tables are glibc's, read from {@code glibc-log-data.txt} and {@code glibc-sincos-table.txt} (extracted by
 * {@code scripts/glibc_tables.py}). Only the argument ranges that the samplers reach are ported (|x| below
 * 105414350 for sin/cos, positive normal numbers for log); others fall back to {@link StrictMath}.
 */
public final class GlibcDoubleMath {
    private static final long OFF = 0x3fe6000000000000L;
    private static final long LO = Double.doubleToRawLongBits(1.0 - 0x1p-4);
    private static final long HI = Double.doubleToRawLongBits(1.0 + 0x1.09p-4);
    private static final double LN2_HI;
    private static final double LN2_LO;
    private static final double[] A = new double[5];
    private static final double[] B = new double[11];
    private static final double[] INVC = new double[128];
    private static final double[] LOGC = new double[128];
    private static final double[] SINCOS = new double[440];
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ECEp-7;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    private static final double BIG = 0x1.8000000000000p45;
    private static final double HP0 = 0x1.921FB54442D18p0;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    private static final double MP1 = 0x1.921FB58000000p0;
    private static final double MP2 = -0x1.DDE973C000000p-27;
    private static final double PP3 = -0x1.CB3B398000000p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-1;
    private static final double TOINT = 0x1.8000000000000p52;
    private static final double SN3 = -1.66666666666664880952546298448555E-01;
    private static final double SN5 = 8.33333214285722277379541354343671E-03;
    private static final double CS2 = 4.99999999999999999999950396842453E-01;
    private static final double CS4 = -4.16666666666664434524222570944589E-02;
    private static final double CS6 = 1.38888874007937613028114285595617E-03;

    static {
        double[][] rows = rows("glibc-log-data.txt", 3 + 128);
        LN2_HI = rows[0][0];
        LN2_LO = rows[0][1];
        System.arraycopy(rows[1], 0, A, 0, 5);
        System.arraycopy(rows[2], 0, B, 0, 11);
        for (int i = 0; i < 128; i++) {
            INVC[i] = rows[3 + i][0];
            LOGC[i] = rows[3 + i][1];
        }
        double[][] sincos = rows("glibc-sincos-table.txt", 110);
        for (int k = 0; k < 110; k++) {
            System.arraycopy(sincos[k], 0, SINCOS, 4 * k, 4);
        }
    }

    private static double[][] rows(String resource, int expected) {
        try (InputStream in = GlibcDoubleMath.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the parity jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            double[][] rows = reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> java.util.Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble)
                            .toArray())
                    .toArray(double[][]::new);
            if (rows.length != expected) {
                throw new IllegalStateException(resource + " has " + rows.length + " rows, not " + expected);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GlibcDoubleMath() {
    }

    /** glibc {@code log(x)}; non-finite, zero, negative and subnormal arguments fall back to {@link StrictMath}. */
    public static double log(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - LO, HI - LO) < 0) {
            return nearOne(x, ix);
        }
        int top = (int) (ix >>> 48);
        if (Integer.compareUnsigned(top - 0x0010, 0x7ff0 - 0x0010) >= 0) {
            return StrictMath.log(x);
        }
        long tmp = ix - OFF;
        int i = (int) ((tmp >>> (52 - 7)) & 127);
        long k = tmp >> 52;
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = INVC[i];
        double logc = LOGC[i];
        double z = Double.longBitsToDouble(iz);
        double r = Math.fma(z, invc, -1.0);
        double kd = (double) k;
        double w = Math.fma(kd, LN2_HI, logc);
        double hi = w + r;
        double lo = Math.fma(kd, LN2_LO, w - hi + r);
        double r2 = r * r;
        double p = Math.fma(r2, Math.fma(r, A[4], A[3]), Math.fma(r, A[2], A[1]));
        double y = Math.fma(r * r2, p, Math.fma(r2, A[0], lo));
        return y + hi;
    }

    private static double nearOne(double x, long ix) {
        if (ix == Double.doubleToRawLongBits(1.0)) {
            return 0;
        }
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double inner = Math.fma(r3, B[10], Math.fma(r2, B[9], Math.fma(r, B[8], B[7])));
        double middle = Math.fma(r3, inner, Math.fma(r2, B[6], Math.fma(r, B[5], B[4])));
        double outer = Math.fma(r3, middle, Math.fma(r2, B[3], Math.fma(r, B[2], B[1])));
        double w = r * 0x1p27;
        double rhi = r + w - w;
        double rlo = r - rhi;
        w = rhi * rhi * B[0];
        double hi = r + w;
        double lo = r - hi + w;
        lo = Math.fma(B[0] * rlo, rhi + r, lo);
        double y = Math.fma(r3, outer, lo);
        return y + hi;
    }

    /** glibc {@code sin(x)}. */
    public static double sin(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return doSin(x, 0);
        }
        if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCos(t, HP1), x);
        }
        if (k < 0x419921FB) {
            return reducedSinCos(x, 0);
        }
        return StrictMath.sin(x);
    }

    /** glibc {@code cos(x)}. */
    public static double cos(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return doCos(x, 0);
        }
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        }
        if (k < 0x419921FB) {
            return reducedSinCos(x, 1);
        }
        return StrictMath.cos(x);
    }

    /** {@code reduce_sincos} then {@code do_sincos} for quadrant offset 0 (sin) or 1 (cos). */
    private static double reducedSinCos(double x, int offset) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        double b = Math.fma(-xn, PP4, t2);
        db += Math.fma(-xn, PP4, t2 - b);
        int quadrant = n + offset;
        double value = (quadrant & 1) != 0 ? doCos(b, db) : doSin(b, db);
        return (quadrant & 2) != 0 ? -value : value;
    }

    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int k = ((int) Double.doubleToRawLongBits(u)) << 2;
        double sn = SINCOS[k];
        double ssn = SINCOS[k + 1];
        double cs = SINCOS[k + 2];
        double ccs = SINCOS[k + 3];
        double cor = Math.fma(-sn, s, Math.fma(-cs, c, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    private static double doSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double polynomial = Math.fma(Math.fma(Math.fma(Math.fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
            double t = Math.fma(Math.fma(polynomial, x, -(0.5 * dx)), xx, dx);
            return x + t;
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
        double c = Math.fma(x, dx, xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2));
        int k = ((int) Double.doubleToRawLongBits(u)) << 2;
        double sn = SINCOS[k];
        double ssn = SINCOS[k + 1];
        double cs = SINCOS[k + 2];
        double ccs = SINCOS[k + 3];
        double cor = Math.fma(cs, s, Math.fma(-sn, c, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }
}
