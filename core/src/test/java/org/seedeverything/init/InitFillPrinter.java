package org.seedeverything.init;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Child-JVM main for {@link InitThreadCountTest}: prints one line {@code name=sha256} per fill, with the thread
 * count taken from {@code -Dseeds.init.threads}.
 */
public final class InitFillPrinter {
    private InitFillPrinter() {
    }

    public static void main(String[] arguments) {
        fingerprints().forEach((name, hash) -> System.out.println(name + "=" + hash));
    }

    /** SHA-256 of the little-endian bytes of a set of large fills (several blocks each, odd lengths). */
    static Map<String, String> fingerprints() {
        int length = 5 * 8192 * 4 + 7;
        long[] shape = {length};
        Map<String, String> result = new LinkedHashMap<>();
        float[] floats = new float[length];
        double[] doubles = new double[length];
        Init.uniform(floats, shape, 101, -1, 1);
        result.put("uniform-float", sha256(floats));
        Init.uniform(doubles, shape, 102, -1, 1);
        result.put("uniform-double", sha256(doubles));
        Init.normal(floats, shape, 103, 0, 1);
        result.put("normal-float", sha256(floats));
        Init.normal(doubles, shape, 104, 0, 1);
        result.put("normal-double", sha256(doubles));
        Init.truncNormal(floats, shape, 105, 0, 1, -2, 2);
        result.put("trunc-normal-float", sha256(floats));
        Init.truncNormal(doubles, shape, 106, 0, 1, 1, 3);
        result.put("trunc-normal-double", sha256(doubles));
        float[] orthogonal = new float[64 * 300];
        Init.orthogonal(orthogonal, new long[] {64, 300}, 107, 1);
        result.put("orthogonal-float", sha256(orthogonal));
        return result;
    }

    static String sha256(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return digest(bytes.array());
    }

    static String sha256(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        return digest(bytes.array());
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
