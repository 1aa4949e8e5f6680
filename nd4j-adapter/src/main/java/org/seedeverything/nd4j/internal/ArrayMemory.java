package org.seedeverything.nd4j.internal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seedeverything.fingerprint.DType;

/**
 * Where an {@code INDArray}'s elements live in native memory, read without copying: ND4J's {@code asNio()} caps a
 * buffer at 2 GiB and covers a view's whole parent buffer, so the adapter uses the address and the strides instead.
 *
 * @param dtype     the element type in fingerprint terms
 * @param shape     the array's shape
 * @param strides   the array's strides, in elements
 * @param address   the address of the array's first element: buffer address plus offset times element size
 * @param cOrderContiguous whether the elements lie one after the other in C order (no gaps, no other order)
 */
public record ArrayMemory(DType dtype, long[] shape, long[] strides, long address, boolean cOrderContiguous) {

    /** The layout of {@code array}; the array must stay reachable while its memory is read. */
    public static ArrayMemory of(INDArray array) {
        if (array.isCompressed()) {
            throw new IllegalArgumentException("The array is compressed; decompress it first"
                    + " (Nd4j.getCompressor().decompressi(array)) before fingerprinting it");
        }
        DType dtype = dtypeOf(array.dataType());
        long[] shape = array.shape();
        long[] strides = array.stride();
        long address = array.isEmpty() ? 0
                : array.data().address() + array.offset() * array.dataType().width();
        return new ArrayMemory(dtype, shape, strides, address, isCOrderContiguous(shape, strides));
    }

    /** Number of elements. */
    public long length() {
        long length = 1;
        for (long extent : shape) {
            length *= extent;
        }
        return length;
    }

    /** Bytes the elements take when contiguous. */
    public long byteLength() {
        return length() * dtype.byteSize();
    }

    /**
     * Whether the last dimension with more than one element has stride 1, so that a strided read copies whole runs
     * (rows) rather than single elements.
     */
    public boolean lastDimensionContiguous() {
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1) {
                return strides[d] == 1;
            }
        }
        return true;
    }

    /**
     * Whether the second-last dimension has stride 1 (a transpose, a 2-d 'f'-order array): rows then lie side by
     * side in memory, and the core's block gather reads them along their cache lines, about twice as fast as
     * {@code dup('c')} and a contiguous read.
     */
    public boolean rowsSideBySide() {
        return shape.length >= 2 && strides[shape.length - 2] == 1 && shape[shape.length - 1] > 1;
    }

    /**
     * True when each dimension's stride is the product of the later extents, ignoring dimensions of extent 1 (their
     * stride is never used): then C-order traversal reads the memory front to back.
     */
    static boolean isCOrderContiguous(long[] shape, long[] strides) {
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /**
     * The fingerprint element type of an ND4J data type.
     *
     * @throws IllegalArgumentException for types without fixed-size elements (UTF8, COMPRESSED, UNKNOWN)
     */
    public static DType dtypeOf(DataType type) {
        return switch (type) {
            case DOUBLE -> DType.FLOAT64;
            case FLOAT -> DType.FLOAT32;
            case HALF -> DType.FLOAT16;
            case BFLOAT16 -> DType.BFLOAT16;
            case LONG -> DType.INT64;
            case INT -> DType.INT32;
            case SHORT -> DType.INT16;
            case BYTE -> DType.INT8;
            case UBYTE -> DType.UINT8;
            case UINT16 -> DType.UINT16;
            case UINT32 -> DType.UINT32;
            case UINT64 -> DType.UINT64;
            case BOOL -> DType.BOOL;
            default -> throw new IllegalArgumentException("ND4J data type " + type + " has no fixed-size elements"
                    + " to fingerprint; cast the array first, e.g. array.castTo(DataType.FLOAT)");
        };
    }
}
