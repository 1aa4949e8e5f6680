package org.seedeverything.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * A fingerprint per parameter in the project's {@code fp1} format (element type, shape and C-order values; see
 * {@code src/docs/fingerprint-format.md}), from the values copied out of ND4J. The ND4J adapter's
 * {@code Nd4jFingerprints.of(INDArray)} gives the same fingerprint without the copy.
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
        return Fingerprints.of(MlpWeights.floats(array), array.shape()).toString();
    }
}
