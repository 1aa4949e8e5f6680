package org.seedeverything.examples;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fingerprint per parameter: SHA-256 over the data type, the shape and the values in C order as little-endian
 * bytes, so that a transposed or re-typed array never matches by accident.
 *
 * <p>Stand-in until the project's fingerprint API (Nd4jFingerprints) is merged; the demo uses only {@link #of}.
 */
final class WeightFingerprints {
    private WeightFingerprints() {
    }

    /** Parameter name to fingerprint (hex). */
    static Map<String, String> of(Map<String, INDArray> parameters) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        parameters.forEach((name, array) -> fingerprints.put(name, of(array)));
        return fingerprints;
    }

    static String of(INDArray array) {
        float[] values = MlpWeights.floats(array);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((array.dataType() + Arrays.toString(array.shape())).getBytes(StandardCharsets.UTF_8));
            digest.update(bytes.array());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
