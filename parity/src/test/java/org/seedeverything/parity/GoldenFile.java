package org.seedeverything.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the golden vectors written by {@code scripts/parity_vectors.py} from the real PyTorch and NumPy, and
 * compares Java results with them bit for bit (or by SHA-256 of the little-endian bytes for large sizes).
 */
public final class GoldenFile {
    /** One line: the case ({@code op|arg|...}), its kind and payload. */
    public record Case(String name, String kind, String payload) {
        /** The case name split at '|'. */
        public String[] fields() {
            return name.split("\\|", -1);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenFile() {
    }

    /** All cases of a golden resource. */
    public static List<Case> read(String resource) {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = GoldenFile.class.getResourceAsStream("golden/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                cases.add(new Case(parts[0], parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Parses a decimal that may be an unsigned 64-bit value. */
    public static long parseLong(String text) {
        return new BigInteger(text).longValue();
    }

    /** Asserts float32 values equal the case bit for bit. */
    public static void assertFloats(Case c, float[] actual) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * actual.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : actual) {
            bytes.putFloat(v);
        }
        if (c.kind().equals("sha-f32")) {
            assertEquals(c.payload(), actual.length + ":" + sha256(bytes.array()), c.name());
            return;
        }
        assertEquals("f32", c.kind(), c.name());
        String[] expected = c.payload().split(",");
        assertEquals(expected.length, actual.length, c.name() + ": length");
        for (int i = 0; i < actual.length; i++) {
            float want = Float.intBitsToFloat(Integer.parseUnsignedInt(expected[i], 16));
            assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(actual[i]),
                    () -> c.name() + " differs from the real library; first difference shown");
        }
    }

    /** Asserts float64 values equal the case bit for bit. */
    public static void assertDoubles(Case c, double[] actual) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * actual.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : actual) {
            bytes.putDouble(v);
        }
        if (c.kind().equals("sha-f64")) {
            assertEquals(c.payload(), actual.length + ":" + sha256(bytes.array()), c.name());
            return;
        }
        assertEquals("f64", c.kind(), c.name());
        double[] expected = doubles(c);
        assertEquals(expected.length, actual.length, c.name() + ": length");
        for (int i = 0; i < actual.length; i++) {
            int index = i;
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    () -> c.name() + " element " + index + ": expected " + expected[index] + " but was "
                            + actual[index]);
        }
    }

    /** The float64 payload of an {@code f64} case. */
    public static double[] doubles(Case c) {
        String[] expected = c.payload().split(",");
        double[] values = new double[expected.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(Long.parseUnsignedLong(expected[i], 16));
        }
        return values;
    }

    /** Asserts int64 values equal the case. */
    public static void assertLongs(Case c, long[] actual) {
        if (c.kind().equals("sha-i64")) {
            ByteBuffer bytes = ByteBuffer.allocate(8 * actual.length).order(ByteOrder.LITTLE_ENDIAN);
            for (long v : actual) {
                bytes.putLong(v);
            }
            assertEquals(c.payload(), actual.length + ":" + sha256(bytes.array()), c.name());
            return;
        }
        assertEquals("i64", c.kind(), c.name());
        String[] expected = c.payload().split(",");
        long[] want = new long[expected.length];
        for (int i = 0; i < want.length; i++) {
            want[i] = parseLong(expected[i]);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(want, actual, c.name());
    }

    /** Asserts boolean values equal the case. */
    public static void assertBooleans(Case c, boolean[] actual) {
        byte[] raw = new byte[actual.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < actual.length; i++) {
            raw[i] = (byte) (actual[i] ? 1 : 0);
            text.append(actual[i] ? '1' : '0');
        }
        if (c.kind().equals("sha-bool")) {
            assertEquals(c.payload(), actual.length + ":" + sha256(raw), c.name());
        } else {
            assertEquals(c.payload(), text.toString(), c.name());
        }
    }

    /** SHA-256 in lower-case hex. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
