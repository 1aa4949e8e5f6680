package org.seedeverything.fingerprint;

/**
 * The canonical bytes of fingerprinted content: the elements of {@link #dtype} in C order, little-endian. A payload
 * copies ranges of them into a buffer; one whose canonical bytes already lie in a {@code byte[]} also lends that array
 * ({@link #canonicalBytes()}), so they are hashed without a copy.
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

    /** The array holding the canonical bytes from {@link #canonicalBytesOffset()}, or null if they must be copied. */
    byte[] canonicalBytes() {
        return null;
    }

    /** Index of the first canonical byte in {@link #canonicalBytes()}. */
    int canonicalBytesOffset() {
        return 0;
    }

    /**
     * Copies canonical bytes {@code [offset, offset + length)} to {@code destination} at {@code destinationOffset}.
     * Both {@code offset} and {@code length} are multiples of the element size.
     */
    abstract void copy(long offset, byte[] destination, int destinationOffset, int length);
}
