package org.seedeverything.fingerprint;

/** The payload of contiguous native memory in the platform's byte order, copied a chunk at a time. */
final class MemoryPayload extends Payload {
    private final long address;
    private final RawMemory memory;

    MemoryPayload(DType dtype, long[] shape, long address, long byteLength) {
        super(dtype, Shapes.checkedMemory(shape, byteLength, dtype), byteLength / dtype.byteSize());
        this.memory = RawMemory.get();
        if (address == 0 && byteLength > 0) {
            throw new IllegalArgumentException("Address 0 is not readable memory; pass the address of the data");
        }
        this.address = address;
    }

    @Override
    void copy(long offset, byte[] destination, int destinationOffset, int length) {
        memory.copy(address + offset, destination, destinationOffset, length);
        if (!RawMemory.LITTLE_ENDIAN) {
            ByteSwap.reverseElements(destination, destinationOffset, length, dtype.byteSize());
        }
    }
}
