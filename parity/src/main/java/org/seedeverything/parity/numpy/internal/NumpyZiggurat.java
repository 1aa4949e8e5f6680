package org.seedeverything.parity.numpy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.seedeverything.parity.internal.GlibcFloatMath;

/**
 * NumPy's 256-layer ziggurat for {@code Generator.standard_normal} (float64: 64-bit draws; float32: 32-bit draws),
 * following {@code random_standard_normal} and {@code random_standard_normal_f} in
 * {@code numpy/random/src/distributions/distributions.c}. The {@code ki/wi/fi} tables are NumPy's own bits, read
 * from {@code ziggurat-tables.txt} (extracted by {@code scripts/numpy_ziggurat_tables.py}).
 *
 * <p>Hand-written because Commons RNG's ziggurat uses other tables and another bit split. The rare tail and wedge
 * branches call libm: the float32 tail uses the ported glibc {@code log1pf}; the float64 tail's {@code log1p} and
 * both wedges' {@code exp} use {@link StrictMath} (these matched NumPy on every golden vector, 10^6 values per
 * seed, but are not ported).
 */
public final class NumpyZiggurat {
    private static final double NOR_R = 3.6541528853610087963519472518;
    private static final double NOR_INV_R = 0.27366123732975827203338247596;
    private static final float NOR_R_F = 3.6541528853610087963519472518f;
    private static final float NOR_INV_R_F = 0.27366123732975827203338247596f;
    private static final long[] KI_DOUBLE = new long[256];
    private static final double[] WI_DOUBLE = new double[256];
    private static final double[] FI_DOUBLE = new double[256];
    private static final int[] KI_FLOAT = new int[256];
    private static final float[] WI_FLOAT = new float[256];
    private static final float[] FI_FLOAT = new float[256];

    static {
        Map<String, long[]> tables = read();
        for (int i = 0; i < 256; i++) {
            KI_DOUBLE[i] = tables.get("ki_double")[i];
            WI_DOUBLE[i] = Double.longBitsToDouble(tables.get("wi_double")[i]);
            FI_DOUBLE[i] = Double.longBitsToDouble(tables.get("fi_double")[i]);
            KI_FLOAT[i] = (int) tables.get("ki_float")[i];
            WI_FLOAT[i] = Float.intBitsToFloat((int) tables.get("wi_float")[i]);
            FI_FLOAT[i] = Float.intBitsToFloat((int) tables.get("fi_float")[i]);
        }
    }

    private NumpyZiggurat() {
    }

    private static Map<String, long[]> read() {
        Map<String, long[]> tables = new HashMap<>();
        try (InputStream in = NumpyZiggurat.class.getResourceAsStream("ziggurat-tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("ziggurat-tables.txt is missing from the parity jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.trim().split(" ");
                long[] values = new long[fields.length - 1];
                for (int i = 1; i < fields.length; i++) {
                    values[i - 1] = Long.parseUnsignedLong(fields[i], 16);
                }
                if (values.length != 256) {
                    throw new IllegalStateException(fields[0] + " has " + values.length + " entries, not 256");
                }
                tables.put(fields[0], values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** {@code random_standard_normal}. */
    public static double nextDouble(Pcg64 bits) {
        while (true) {
            long r = bits.nextLong();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            boolean negative = (r & 1) != 0;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            double x = rabs * WI_DOUBLE[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                while (true) {
                    double xx = -NOR_INV_R * StrictMath.log1p(-bits.nextDouble());
                    double yy = -StrictMath.log1p(-bits.nextDouble());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(NOR_R + xx) : NOR_R + xx;
                    }
                }
            }
            if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bits.nextDouble() + FI_DOUBLE[idx]
                    < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /** {@code random_standard_normal_f}. */
    public static float nextFloat(Pcg64 bits) {
        while (true) {
            int r = bits.nextInt();
            int idx = r & 0xff;
            boolean negative = ((r >>> 8) & 1) != 0;
            int rabs = (r >>> 9) & 0x0007fffff;
            float x = rabs * WI_FLOAT[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                while (true) {
                    float xx = -NOR_INV_R_F * GlibcFloatMath.log1pf(-bits.nextFloat());
                    float yy = -GlibcFloatMath.log1pf(-bits.nextFloat());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(NOR_R_F + xx) : NOR_R_F + xx;
                    }
                }
            }
            if ((FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * bits.nextFloat() + FI_FLOAT[idx]
                    < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }
}
