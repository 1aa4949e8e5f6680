package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.fingerprint.ManifestEntry;

/**
 * {@link Nd4jFingerprints}: the fingerprint of an {@code INDArray} is the core fingerprint of its values in C order,
 * with its element type and shape; memory layout never matters. The expected fingerprints come from Java arrays
 * through core's {@link Fingerprints}, a second, independent path.
 */
class Nd4jFingerprintsTest {
    /** 3 x 4 x 5 floats 0, 1, 2, ... in C order: value = 20 i + 5 j + k. */
    private static float[] counting;
    private static INDArray cube;

    @BeforeAll
    static void createCube() {
        counting = new float[60];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = i * 0.5f - 7f;
        }
        cube = Nd4j.create(counting, new long[] {3, 4, 5}, 'c');
    }

    @Test
    @DisplayName("a C-order array has the fingerprint of the Java array of its values and shape")
    void equalsJavaArray() {
        assertEquals(Fingerprints.of(counting, 3, 4, 5), Nd4jFingerprints.of(cube));
    }

    @Test
    @DisplayName("an 'f'-order array has the fingerprint of its 'c'-order copy and of the Java array")
    void fortranOrderEqualsCOrder() {
        INDArray fortran = cube.dup('f');
        assertEquals('f', fortran.ordering());
        assertEquals(Nd4jFingerprints.of(cube), Nd4jFingerprints.of(fortran));
        assertEquals(Fingerprints.of(counting, 3, 4, 5), Nd4jFingerprints.of(fortran));
    }

    @Test
    @DisplayName("views (column, block, row, every other element) have the fingerprint of their dup('c')")
    void viewsEqualTheirCopies() {
        INDArray matrix = cube.reshape(12, 5);
        List<INDArray> views = List.of(
                matrix.getColumn(2),
                matrix.getRow(7),
                matrix.get(NDArrayIndex.interval(2, 9), NDArrayIndex.interval(1, 4)),
                cube.get(NDArrayIndex.point(1), NDArrayIndex.all(), NDArrayIndex.interval(0, 2, 5)),
                cube.permute(2, 0, 1));
        for (INDArray view : views) {
            assertEquals(Nd4jFingerprints.of(view.dup('c')), Nd4jFingerprints.of(view),
                    () -> "view of shape " + java.util.Arrays.toString(view.shape()));
        }
        // Independent check of one view: column 2 of the 12 x 5 matrix is elements 2, 7, 12, ...
        float[] column = new float[12];
        for (int row = 0; row < 12; row++) {
            column[row] = counting[row * 5 + 2];
        }
        assertEquals(Fingerprints.of(column, 12), Nd4jFingerprints.of(matrix.getColumn(2).reshape(12)));
    }

    @Test
    @DisplayName("the same bytes with another shape (a transpose, a reshape) give another fingerprint")
    void shapeIsPartOfTheFingerprint() {
        INDArray matrix = Nd4j.create(counting, new long[] {6, 10}, 'c');
        INDArray transpose = matrix.transpose();
        assertEquals(matrix.data().address(), transpose.data().address(), "a transpose shares the bytes");
        assertNotEquals(Nd4jFingerprints.of(matrix), Nd4jFingerprints.of(transpose));
        assertEquals(Nd4jFingerprints.of(transpose.dup('c')), Nd4jFingerprints.of(transpose));

        INDArray reshaped = matrix.reshape('c', 10, 6);
        assertNotEquals(Nd4jFingerprints.of(matrix), Nd4jFingerprints.of(reshaped));
        assertEquals(Fingerprints.of(counting, 10, 6), Nd4jFingerprints.of(reshaped));
    }

    @Test
    @DisplayName("FLOAT and DOUBLE arrays of equal values differ; each matches its Java array")
    void elementTypeIsPartOfTheFingerprint() {
        double[] widened = new double[counting.length];
        for (int i = 0; i < counting.length; i++) {
            widened[i] = counting[i];
        }
        INDArray doubles = cube.castTo(DataType.DOUBLE);
        assertNotEquals(Nd4jFingerprints.of(cube), Nd4jFingerprints.of(doubles));
        assertEquals(Fingerprints.of(widened, 3, 4, 5), Nd4jFingerprints.of(doubles));
    }

    @Test
    @DisplayName("integer and boolean arrays match the Java arrays of their type")
    void integerTypesMatchJavaArrays() {
        int[] ints = {-3, 0, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, 42};
        long[] longs = {-3L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, 5L};
        short[] shorts = {-3, 0, 7, Short.MAX_VALUE, Short.MIN_VALUE, 42};
        byte[] bytes = {-3, 0, 7, Byte.MAX_VALUE, Byte.MIN_VALUE, 42};
        boolean[] booleans = {true, false, false, true, true, false};
        assertEquals(Fingerprints.of(ints, 2, 3), Nd4jFingerprints.of(Nd4j.createFromArray(ints).reshape(2, 3)));
        assertEquals(Fingerprints.of(longs, 3, 2), Nd4jFingerprints.of(Nd4j.createFromArray(longs).reshape(3, 2)));
        assertEquals(Fingerprints.of(shorts, 6), Nd4jFingerprints.of(Nd4j.createFromArray(shorts)));
        assertEquals(Fingerprints.of(bytes, 6), Nd4jFingerprints.of(Nd4j.createFromArray(bytes)));
        assertEquals(Fingerprints.of(booleans, 6), Nd4jFingerprints.of(Nd4j.createFromArray(booleans)));
    }

    @Test
    @DisplayName("scalars and empty arrays keep their shapes")
    void scalarsAndEmptyArrays() {
        assertEquals(Fingerprints.of(new double[] {2.5}), Nd4jFingerprints.of(Nd4j.scalar(2.5).reshape(1)));
        assertNotEquals(Nd4jFingerprints.of(Nd4j.scalar(2.5)), Nd4jFingerprints.of(Nd4j.scalar(2.5).reshape(1)));
        assertEquals(Fingerprints.of(new float[0], 0, 3), Nd4jFingerprints.of(Nd4j.create(DataType.FLOAT, 0, 3)));
    }

    @Test
    @DisplayName("a 64 MiB array that differs only in its last element gets another fingerprint")
    void lastElementOfLargeArrayCounts() {
        long length = 16L << 20;
        INDArray large = Nd4j.rand(DataType.FLOAT, length);
        Fingerprint before = Nd4jFingerprints.of(large);
        float last = large.getFloat(length - 1);
        large.putScalar(length - 1, last + 1f);
        Fingerprint after = Nd4jFingerprints.of(large);
        assertNotEquals(before, after);
        large.putScalar(length - 1, last);
        assertEquals(before, Nd4jFingerprints.of(large), "the fingerprint is a function of the values");
    }

    @Test
    @DisplayName("a UTF8 array is refused with a hint to cast")
    void stringArraysAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Nd4jFingerprints.of(Nd4j.create("a", "b")));
        assertTrue(error.getMessage().contains("castTo"), error.getMessage());
    }

    @Test
    @DisplayName("recordAll writes one manifest entry per array, in key order, whatever the map's order")
    void recordAllUsesKeyOrder() {
        Map<String, INDArray> parameters = new HashMap<>();
        parameters.put("1_W", cube.reshape(12, 5).dup('f'));
        parameters.put("0_b", cube.get(NDArrayIndex.point(0), NDArrayIndex.point(1), NDArrayIndex.all()));
        parameters.put("0_W", cube);
        FingerprintRecorder recorder = FingerprintRecorder.create();
        Nd4jFingerprints.recordAll(recorder, parameters);

        List<ManifestEntry> entries = recorder.manifest().entries();
        assertEquals(List.of("0_W", "0_b", "1_W"), entries.stream().map(ManifestEntry::name).toList());
        for (ManifestEntry entry : entries) {
            assertEquals(Nd4jFingerprints.of(parameters.get(entry.name())), entry.fingerprint(), entry.name());
        }
        assertEquals(Fingerprints.of(counting, 12, 5), entries.get(2).fingerprint());
    }
}
