package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same values give the same fingerprint from every source: arrays, heap and direct buffers, memory, views. */
class SameValuesSameFingerprintTest {
    private static final float[] SIX = FingerprintGoldenTest.sixFloats();

    private static ByteBuffer floats(ByteBuffer buffer, float[] values) {
        for (float value : values) {
            buffer.putFloat(value);
        }
        return buffer.flip();
    }

    @Test
    @DisplayName("float[] equals heap and direct buffers in either byte order")
    void buffersInEitherOrder() {
        Fingerprint expected = Fingerprints.of(SIX, 2, 3);
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            ByteBuffer heap = floats(ByteBuffer.allocate(24).order(order), SIX);
            ByteBuffer direct = floats(ByteBuffer.allocateDirect(24).order(order), SIX);
            assertEquals(expected, Fingerprints.of(heap, DType.FLOAT32, 2, 3), "heap " + order);
            assertEquals(expected, Fingerprints.of(direct, DType.FLOAT32, 2, 3), "direct " + order);
            assertEquals(expected, Fingerprints.of(heap.asReadOnlyBuffer().order(order), DType.FLOAT32, 2, 3),
                    "read-only heap " + order);
            assertEquals(0, heap.position(), "the buffer's position is left unchanged");
        }
    }

    @Test
    @DisplayName("a buffer is read from its position to its limit")
    void bufferWindow() {
        ByteBuffer padded = ByteBuffer.allocateDirect(40).order(ByteOrder.LITTLE_ENDIAN);
        padded.putLong(-1L);
        floats(padded, SIX);
        padded.putLong(-1L);
        padded.position(8).limit(32);
        assertEquals(Fingerprints.of(SIX, 6), Fingerprints.of(padded, DType.FLOAT32));
        assertEquals(Fingerprints.of(SIX, 6), Fingerprints.of(padded.slice().order(ByteOrder.LITTLE_ENDIAN),
                DType.FLOAT32));
    }

    @Test
    @DisplayName("raw memory and a multi-chunk direct buffer equal the array, read in place")
    void rawMemory() {
        float[] values = FingerprintGoldenTest.ramp(13 << 17);
        ByteBuffer direct = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder());
        direct.asFloatBuffer().put(values);
        long address = TestMemory.address(direct);
        Fingerprint expected = Fingerprints.of(values, 13 << 7, 1 << 10);
        assertEquals(expected, Fingerprints.ofMemory(DType.FLOAT32, new long[] {13 << 7, 1 << 10}, address,
                values.length * 4L));
        assertEquals(expected, Fingerprints.of(direct, DType.FLOAT32, 13 << 7, 1 << 10));
    }

    @Test
    @DisplayName("a strided (transposed) view equals the same values stored in C order")
    void stridedView() {
        // memory holds a 3x4 matrix m in C order; its transpose t (4x3) has t[i][j] = m[j][i]
        int rows = 3;
        int columns = 4;
        double[] matrix = new double[rows * columns];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = i * 1.5 - 4;
        }
        double[] transposed = new double[rows * columns];
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < rows; j++) {
                transposed[i * rows + j] = matrix[j * columns + i];
            }
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(matrix.length * 8).order(ByteOrder.nativeOrder());
        direct.asDoubleBuffer().put(matrix);
        long address = TestMemory.address(direct);
        assertEquals(Fingerprints.of(transposed, columns, rows),
                Fingerprints.ofStridedMemory(DType.FLOAT64, new long[] {columns, rows}, new long[] {1, columns},
                        address));
        assertEquals(Fingerprints.of(matrix, rows, columns),
                Fingerprints.ofStridedMemory(DType.FLOAT64, new long[] {rows, columns}, new long[] {columns, 1},
                        address));
        // every second column of m: a 3x2 view with strides [4, 2], starting at column 1
        double[] oddColumns = {matrix[1], matrix[3], matrix[5], matrix[7], matrix[9], matrix[11]};
        assertEquals(Fingerprints.of(oddColumns, 3, 2),
                Fingerprints.ofStridedMemory(DType.FLOAT64, new long[] {3, 2}, new long[] {4, 2}, address + 8));
        Reference.reachabilityFence(direct); // the buffer's memory is freed once it is unreachable
    }

    @Test
    @DisplayName("integer arrays equal buffers of the same element type; a sink equals a BYTES buffer")
    void integerSourcesAndSink() {
        int[] ints = {7, -7, Integer.MIN_VALUE, 0};
        ByteBuffer buffer = ByteBuffer.allocate(16);
        for (int value : ints) {
            buffer.putInt(value);
        }
        assertEquals(Fingerprints.of(ints, 2, 2), Fingerprints.of(buffer.flip(), DType.INT32, 2, 2));
        byte[] bytes = {1, 2, 3, 4, 5};
        assertEquals(Fingerprints.of(ByteBuffer.wrap(bytes), DType.BYTES),
                Fingerprints.function().newSink().putBytes(bytes).fingerprint());
    }
}
