package org.seedeverything.fingerprint;

/**
 * The canonical bytes of fingerprinted content: the elements of {@link #dtype} in C order, little-endian. A payload
 * either lends its bytes in place ({@link #inPlaceBase()}, {@link #inPlaceOffset()}, for zero-copy hashing through
 * {@code Unsafe}-style access) or copies ranges of them.
 */
abstract class Payload {
    final DType dtype;
    final long[] shape;
    final long elementCount;

    Payload(DType dtype, long[] shape, long elementCount) {
        this.dtype = dtype;
        this.shape = shape;
        this.elementCount = elementCount;
    }

    final long byteLength() {
        return elementCount * dtype.byteSize();
    }

    /** Whether the canonical bytes lie contiguously in memory and can be hashed in place. */
    boolean inPlace() {
        return false;
    }

    /** The object holding the bytes (null for native memory) when {@link #inPlace()}. */
    Object inPlaceBase() {
        throw new UnsupportedOperationException();
    }

    /** The offset of the first byte within {@link #inPlaceBase()} (an address for native memory). */
    long inPlaceOffset() {
        throw new UnsupportedOperationException();
    }

    /**
     * Copies canonical bytes {@code [offset, offset + length)} to {@code destination} at {@code destinationOffset}.
     * Both {@code offset} and {@code length} are multiples of the element size.
     */
    abstract void copy(long offset, byte[] destination, int destinationOffset, int length);
}
