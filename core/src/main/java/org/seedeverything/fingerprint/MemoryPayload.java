package org.seedeverything.fingerprint;

/** The payload of contiguous native memory in the platform's byte order, hashed in place. */
final class MemoryPayload extends Payload {
    private final long address;

    MemoryPayload(DType dtype, long[] shape, long address, long byteLength) {
        super(dtype, Shapes.checkedMemory(shape, byteLength, dtype), byteLength / dtype.byteSize());
        NativeMemory.requireAvailable();
        if (address == 0 && byteLength > 0) {
            throw new IllegalArgumentException("Address 0 is not readable memory; pass the address of the data");
        }
        this.address = address;
    }

    @Override
    boolean inPlace() {
        return NativeMemory.LITTLE_ENDIAN;
    }

    @Override
    Object inPlaceBase() {
        return null;
    }

    @Override
    long inPlaceOffset() {
        return address;
    }

    @Override
    void copy(long offset, byte[] destination, int destinationOffset, int length) {
        NativeMemory.copy(address + offset, destination, destinationOffset, length);
        if (!NativeMemory.LITTLE_ENDIAN) {
            ByteSwap.reverseElements(destination, destinationOffset, length, dtype.byteSize());
        }
    }
}
