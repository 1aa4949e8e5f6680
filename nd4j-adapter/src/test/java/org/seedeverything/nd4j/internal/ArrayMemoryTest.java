package org.seedeverything.nd4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.seedeverything.fingerprint.DType;

/** Layout decisions that do not need ND4J's natives: contiguity from shape and strides, sizes, type mapping. */
class ArrayMemoryTest {

    @Test
    @DisplayName("C-order strides are contiguous; dimensions of extent 1 may have any stride")
    void cOrderContiguity() {
        assertTrue(ArrayMemory.isCOrderContiguous(new long[] {3, 4}, new long[] {4, 1}));
        assertTrue(ArrayMemory.isCOrderContiguous(new long[] {1, 5}, new long[] {1, 1}), "an 'f' row vector");
        assertTrue(ArrayMemory.isCOrderContiguous(new long[] {}, new long[] {}), "a scalar");
        assertFalse(ArrayMemory.isCOrderContiguous(new long[] {3, 4}, new long[] {1, 3}), "'f' order");
        assertFalse(ArrayMemory.isCOrderContiguous(new long[] {3, 2}, new long[] {4, 1}), "a block of a 3 x 4");
    }

    @Test
    @DisplayName("rows are contiguous when the last dimension with extent > 1 has stride 1")
    void lastDimensionContiguity() {
        assertTrue(layout(new long[] {3, 2}, new long[] {4, 1}).lastDimensionContiguous());
        assertTrue(layout(new long[] {3, 1}, new long[] {1, 7}).lastDimensionContiguous());
        assertFalse(layout(new long[] {3, 4}, new long[] {1, 3}).lastDimensionContiguous());
    }

    @Test
    @DisplayName("sizes beyond 2 GiB are computed in 64 bits")
    void largeSizes() {
        ArrayMemory fourGibibytes = layout(new long[] {1L << 20, 1L << 10}, new long[] {1L << 10, 1});
        assertEquals(1L << 30, fourGibibytes.length());
        assertEquals(4L << 30, fourGibibytes.byteLength());
    }

    @Test
    @DisplayName("ND4J types map to the fingerprint types of the same width and meaning")
    void typeMapping() {
        assertEquals(DType.FLOAT32, ArrayMemory.dtypeOf(DataType.FLOAT));
        assertEquals(DType.FLOAT64, ArrayMemory.dtypeOf(DataType.DOUBLE));
        assertEquals(DType.FLOAT16, ArrayMemory.dtypeOf(DataType.HALF));
        assertEquals(DType.BFLOAT16, ArrayMemory.dtypeOf(DataType.BFLOAT16));
        assertEquals(DType.UINT8, ArrayMemory.dtypeOf(DataType.UBYTE));
        for (DataType type : DataType.values()) {
            if (type == DataType.UTF8 || type == DataType.COMPRESSED || type == DataType.UNKNOWN) {
                assertThrows(IllegalArgumentException.class, () -> ArrayMemory.dtypeOf(type));
            } else {
                assertEquals(type.width(), ArrayMemory.dtypeOf(type).byteSize(), type::toString);
            }
        }
    }

    private static ArrayMemory layout(long[] shape, long[] strides) {
        return new ArrayMemory(DType.FLOAT32, shape, strides, 4096, ArrayMemory.isCOrderContiguous(shape, strides));
    }
}
