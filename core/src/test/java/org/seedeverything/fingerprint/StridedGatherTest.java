package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Views whose last dimension is not contiguous (transposes, permutations) are gathered in blocks of rows; the result
 * must equal the C-order copy for every element size, across chunk boundaries that cut rows, and for rank 3.
 */
class StridedGatherTest {

    /**
     * Memory holds an array of shape {@code stored} in C order, element i having the bits of i * 2654435761 (all
     * different, so any misplaced element changes the fingerprint). The view permutes the dimensions by
     * {@code permutation}; the expected bytes are built element by element from the definition of the view.
     */
    @ParameterizedTest(name = "{0} stored {1} viewed as permutation {2}")
    @CsvSource({
        "FLOAT32, 700x1001, 1-0",
        "INT8, 3000x513, 1-0",
        "INT16, 129x4099, 1-0",
        "FLOAT64, 65x300, 1-0",
        "INT64, 17x40x90, 2-0-1",
        "FLOAT32, 33x200x70, 1-2-0",
        "FLOAT32, 5x7, 1-0",
    })
    @DisplayName("a permuted view equals its C-order copy")
    void permutedViewEqualsItsCopy(DType dtype, String storedText, String permutationText) {
        long[] stored = parse(storedText, "x");
        int[] permutation = java.util.Arrays.stream(permutationText.split("-")).mapToInt(Integer::parseInt).toArray();
        int rank = stored.length;
        int size = dtype.byteSize();
        long count = 1;
        for (long extent : stored) {
            count *= extent;
        }
        ByteBuffer memory = ByteBuffer.allocateDirect((int) (count * size)).order(ByteOrder.nativeOrder());
        for (long i = 0; i < count; i++) {
            put(memory, (int) (i * size), size, i * 2654435761L);
        }
        long[] storedStrides = new long[rank];
        storedStrides[rank - 1] = 1;
        for (int d = rank - 2; d >= 0; d--) {
            storedStrides[d] = storedStrides[d + 1] * stored[d + 1];
        }
        long[] viewShape = new long[rank];
        long[] viewStrides = new long[rank];
        for (int d = 0; d < rank; d++) {
            viewShape[d] = stored[permutation[d]];
            viewStrides[d] = storedStrides[permutation[d]];
        }
        ByteBuffer expected = ByteBuffer.allocate((int) (count * size)).order(ByteOrder.LITTLE_ENDIAN);
        long[] index = new long[rank];
        for (long i = 0; i < count; i++) {
            long offset = 0;
            for (int d = 0; d < rank; d++) {
                offset += index[d] * viewStrides[d];
            }
            put(expected, (int) (i * size), size, get(memory, (int) (offset * size), size));
            for (int d = rank - 1; d >= 0 && ++index[d] == viewShape[d]; d--) {
                index[d] = 0;
            }
        }
        try {
            assertEquals(Fingerprints.of(expected, dtype, viewShape),
                    Fingerprints.ofStridedMemory(dtype, viewShape, viewStrides, TestMemory.address(memory)));
        } finally {
            Reference.reachabilityFence(memory); // the buffer's memory is freed once it is unreachable
        }
    }

    @ParameterizedTest(name = "shape {0}, strides {1}")
    @CsvSource({"0x4, 1-0", "3x0, 1-3", "2x0x5, 1-2-0", "0, 1"})
    @DisplayName("an empty view (a dimension of 0) is the empty array of its shape, fingerprinted and recorded")
    void emptyView(String shapeText, String stridesText) {
        long[] shape = parse(shapeText, "x");
        long[] strides = parse(stridesText, "-");
        ByteBuffer memory = ByteBuffer.allocateDirect(16);
        try {
            long address = TestMemory.address(memory);
            Fingerprint expected = Fingerprints.of(new float[0], shape);
            assertEquals(expected, Fingerprints.ofStridedMemory(DType.FLOAT32, shape, strides, address));
            assertEquals(expected, FingerprintRecorder.create().recordStridedMemory("empty", DType.FLOAT32, shape,
                    strides, address));
        } finally {
            Reference.reachabilityFence(memory);
        }
    }

    private static long[] parse(String text, String separator) {
        return java.util.Arrays.stream(text.split(separator)).mapToLong(Long::parseLong).toArray();
    }

    private static void put(ByteBuffer buffer, int at, int size, long value) {
        switch (size) {
            case 1 -> buffer.put(at, (byte) value);
            case 2 -> buffer.putShort(at, (short) value);
            case 4 -> buffer.putInt(at, (int) value);
            default -> buffer.putLong(at, value);
        }
    }

    private static long get(ByteBuffer buffer, int at, int size) {
        return switch (size) {
            case 1 -> buffer.get(at);
            case 2 -> buffer.getShort(at);
            case 4 -> buffer.getInt(at);
            default -> buffer.getLong(at);
        };
    }
}
