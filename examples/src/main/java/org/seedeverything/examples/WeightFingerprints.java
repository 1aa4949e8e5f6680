package org.seedeverything.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seedeverything.nd4j.Nd4jFingerprints;

/**
 * A fingerprint per parameter in the project's {@code fp1} format (element type, shape and C-order values; see
 * {@code src/docs/fingerprint-format.md}), read in place from ND4J's memory by the adapter's
 * {@link Nd4jFingerprints#of(INDArray)}: the same fingerprint as a Java array of the same values.
 */
final class WeightFingerprints {
    private WeightFingerprints() {
    }

    /** Parameter name to fingerprint text ({@code fp1:xxh128:...}). */
    static Map<String, String> of(Map<String, INDArray> parameters) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        parameters.forEach((name, array) -> fingerprints.put(name, of(name, array)));
        return fingerprints;
    }

    private static String of(String name, INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException(name + " is " + array.dataType() + "; the demo builds FLOAT arrays");
        }
        return Nd4jFingerprints.of(array).toString();
    }
}
