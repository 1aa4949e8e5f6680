package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The payload of a heap or direct {@link ByteBuffer}'s remaining bytes, elements in the buffer's byte order. */
final class BufferPayload extends Payload {
    private final ByteBuffer buffer;
    private final int start;
    private final Object base;
    private final long offset;

    BufferPayload(ByteBuffer buffer, DType dtype, long[] shape) {
        super(dtype, Shapes.checkedBytes(shape, buffer.remaining(), dtype, "ByteBuffer"),
                buffer.remaining() / dtype.byteSize());
        this.buffer = buffer.duplicate().order(buffer.order());
        this.start = buffer.position();
        boolean canonicalOrder = buffer.order() == ByteOrder.LITTLE_ENDIAN || dtype.byteSize() == 1;
        if (canonicalOrder && NativeMemory.inPlaceHashing() && buffer.hasArray()) {
            base = buffer.array();
            offset = NativeMemory.arrayBase(byte[].class) + buffer.arrayOffset() + start;
        } else if (canonicalOrder && NativeMemory.inPlaceHashing() && buffer.isDirect()
                && NativeMemory.address(buffer) != -1) {
            base = null;
            offset = NativeMemory.address(buffer) + start;
        } else {
            base = null;
            offset = -1;
        }
    }

    @Override
    boolean inPlace() {
        return offset >= 0;
    }

    @Override
    Object inPlaceBase() {
        return base;
    }

    @Override
    long inPlaceOffset() {
        return offset;
    }

    @Override
    void copy(long from, byte[] destination, int destinationOffset, int length) {
        buffer.get(start + (int) from, destination, destinationOffset, length);
        if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
            ByteSwap.reverseElements(destination, destinationOffset, length, dtype.byteSize());
        }
    }
}
