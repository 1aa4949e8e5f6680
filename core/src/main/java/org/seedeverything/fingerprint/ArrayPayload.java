package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The payload of a Java primitive array: {@code byte[]} is hashed as it is, other arrays are copied a chunk at a time
 * as little-endian bytes (a bulk copy; the JDK offers no public way to read a {@code float[]} as bytes in place).
 */
final class ArrayPayload extends Payload {
    private final Object array;

    private ArrayPayload(DType dtype, long[] shape, Object array, int length) {
        super(dtype, shape, length);
        this.array = array;
    }

    static ArrayPayload of(float[] data, long[] shape) {
        return new ArrayPayload(DType.FLOAT32, Shapes.checked(shape, data.length, "float[]"), data, data.length);
    }

    static ArrayPayload of(double[] data, long[] shape) {
        return new ArrayPayload(DType.FLOAT64, Shapes.checked(shape, data.length, "double[]"), data, data.length);
    }

    static ArrayPayload of(int[] data, long[] shape) {
        return new ArrayPayload(DType.INT32, Shapes.checked(shape, data.length, "int[]"), data, data.length);
    }

    static ArrayPayload of(long[] data, long[] shape) {
        return new ArrayPayload(DType.INT64, Shapes.checked(shape, data.length, "long[]"), data, data.length);
    }

    static ArrayPayload of(short[] data, long[] shape) {
        return new ArrayPayload(DType.INT16, Shapes.checked(shape, data.length, "short[]"), data, data.length);
    }

    static ArrayPayload of(byte[] data, long[] shape) {
        return new ArrayPayload(DType.INT8, Shapes.checked(shape, data.length, "byte[]"), data, data.length);
    }

    static ArrayPayload of(boolean[] data, long[] shape) {
        return new ArrayPayload(DType.BOOL, Shapes.checked(shape, data.length, "boolean[]"), data, data.length);
    }

    /** Bytes that already are the canonical content of {@code dtype} (UTF-8 text, scalars). */
    static ArrayPayload ofCanonicalBytes(DType dtype, long[] shape, byte[] bytes) {
        return new ArrayPayload(dtype, shape, bytes, bytes.length / dtype.byteSize());
    }

    @Override
    byte[] canonicalBytes() {
        return array instanceof byte[] bytes ? bytes : null;
    }

    @Override
    void copy(long offset, byte[] destination, int destinationOffset, int length) {
        int size = dtype.byteSize();
        int first = (int) (offset / size);
        int count = length / size;
        ByteBuffer out = ByteBuffer.wrap(destination, destinationOffset, length).order(ByteOrder.LITTLE_ENDIAN);
        if (array instanceof float[] floats) {
            out.asFloatBuffer().put(floats, first, count);
        } else if (array instanceof double[] doubles) {
            out.asDoubleBuffer().put(doubles, first, count);
        } else if (array instanceof int[] ints) {
            out.asIntBuffer().put(ints, first, count);
        } else if (array instanceof long[] longs) {
            out.asLongBuffer().put(longs, first, count);
        } else if (array instanceof short[] shorts) {
            out.asShortBuffer().put(shorts, first, count);
        } else if (array instanceof byte[] bytes) {
            System.arraycopy(bytes, (int) offset, destination, destinationOffset, length);
        } else {
            boolean[] booleans = (boolean[]) array;
            for (int i = 0; i < count; i++) {
                destination[destinationOffset + i] = (byte) (booleans[first + i] ? 1 : 0);
            }
        }
    }
}
