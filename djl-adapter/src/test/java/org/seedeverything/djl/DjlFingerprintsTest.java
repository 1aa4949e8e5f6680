package org.seedeverything.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.Initializer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;

/** DJL arrays fingerprint exactly like the same values in Java arrays, whatever their layout. */
class DjlFingerprintsTest {
    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void float32MatrixEqualsTheJavaArrayOfTheSameValues() {
        float[] values = {0.5f, -0f, Float.NaN, 3e-39f, 1, 2, 3, 4, 5, 6, 7, 8};
        NDArray array = manager.create(values, new Shape(3, 4));
        assertEquals(Fingerprints.of(values, 3, 4), DjlFingerprints.of(array));
        assertNotEquals(Fingerprints.of(values, 4, 3), DjlFingerprints.of(array), "the shape counts");
    }

    @Test
    void everyIntegerAndFloatTypeEqualsItsJavaArray() {
        assertEquals(Fingerprints.of(new double[] {1.5, -2, 1e300}, 3),
                DjlFingerprints.of(manager.create(new double[] {1.5, -2, 1e300})));
        assertEquals(Fingerprints.of(new int[] {1, -2, Integer.MIN_VALUE, 7}, 2, 2),
                DjlFingerprints.of(manager.create(new int[] {1, -2, Integer.MIN_VALUE, 7}, new Shape(2, 2))));
        assertEquals(Fingerprints.of(new long[] {Long.MAX_VALUE, -1}, 2),
                DjlFingerprints.of(manager.create(new long[] {Long.MAX_VALUE, -1})));
        assertEquals(Fingerprints.of(new byte[] {-128, 0, 127}, 3),
                DjlFingerprints.of(manager.create(new byte[] {-128, 0, 127})));
        assertEquals(Fingerprints.of(new boolean[] {true, false, true}, 3),
                DjlFingerprints.of(manager.create(new boolean[] {true, false, true})));
    }

    @Test
    void aTransposedViewHasTheFingerprintOfItsContiguousCopy() {
        float[] values = new float[6 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.25f;
        }
        NDArray transposed = manager.create(values, new Shape(6, 5)).transpose();
        float[] expected = new float[values.length];
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 6; column++) {
                expected[row * 6 + column] = values[column * 5 + row];
            }
        }
        assertEquals(Fingerprints.of(expected, 5, 6), DjlFingerprints.of(transposed));
    }

    @Test
    void scalarsAndEmptyArraysHaveTheirShapes() {
        assertEquals(Fingerprints.of(new float[] {4.5f}), DjlFingerprints.of(manager.create(4.5f)));
        assertEquals(Fingerprints.of(new float[0], 0, 3), DjlFingerprints.of(manager.create(new Shape(0, 3))));
    }

    @Test
    void typesWithoutAFixedSizeRealElementNameTheConversion() {
        NDArray text = manager.create(new String[] {"a", "b"});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DjlFingerprints.of(text));
        assertTrue(error.getMessage().contains("STRING") && error.getMessage().contains("toType"),
                error.getMessage());
        assertEquals(DataType.STRING, text.getDataType());
    }

    @Test
    void recordParametersWritesOneEntryPerParameterInBlockOrder() {
        SequentialBlock block = new SequentialBlock().add(Linear.builder().setUnits(3).build());
        block.setInitializer(Initializer.ONES, ai.djl.nn.Parameter.Type.WEIGHT);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
        FingerprintRecorder fresh = FingerprintRecorder.create();
        DjlFingerprints.recordParameters(fresh, block);
        List<String> names = fresh.manifest().entries().stream().map(entry -> entry.name()).toList();
        assertEquals(List.of("01Linear_weight", "01Linear_bias"), names);
        assertEquals(Fingerprints.of(new float[] {1, 1, 1, 1, 1, 1}, 3, 2),
                fresh.manifest().entries().get(0).fingerprint());
    }
}
