package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The payload of a heap or direct {@link ByteBuffer}'s remaining bytes, elements in the buffer's byte order. A heap
 * buffer in little-endian order is hashed in its array; direct memory is copied a chunk at a time with the buffer's
 * own bulk {@code get}, never as a whole.
 */
final class BufferPayload extends Payload {
    private final ByteBuffer buffer;
    private final int start;
    private final byte[] canonicalArray;

    BufferPayload(ByteBuffer buffer, DType dtype, long[] shape) {
        super(dtype, Shapes.checkedBytes(shape, buffer.remaining(), dtype, "ByteBuffer"),
                buffer.remaining() / dtype.byteSize());
        this.buffer = buffer.duplicate().order(buffer.order());
        this.start = buffer.position();
        boolean canonicalOrder = buffer.order() == ByteOrder.LITTLE_ENDIAN || dtype.byteSize() == 1;
        this.canonicalArray = canonicalOrder && buffer.hasArray() ? buffer.array() : null;
    }

    @Override
    byte[] canonicalBytes() {
        return canonicalArray;
    }

    @Override
    int canonicalBytesOffset() {
        return buffer.arrayOffset() + start;
    }

    @Override
    void copy(long from, byte[] destination, int destinationOffset, int length) {
        buffer.get(start + (int) from, destination, destinationOffset, length);
        if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
            ByteSwap.reverseElements(destination, destinationOffset, length, dtype.byteSize());
        }
    }
}
