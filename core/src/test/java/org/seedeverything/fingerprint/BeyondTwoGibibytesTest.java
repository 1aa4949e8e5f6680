package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Native memory over 2 GiB is hashed in place with 64-bit offsets. The expected value comes from the streaming sink
 * fed the same bytes through 1 MiB heap copies: another tree builder and another read path.
 */
class BeyondTwoGibibytesTest {
    @SuppressWarnings("removal")
    private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (sun.misc.Unsafe) field.get(null);
    }

    @Test
    @DisplayName("2 GiB + 1 MiB + 12 bytes of memory: hashed in place equals streamed")
    @SuppressWarnings("removal")
    void beyondTwoGibibytes() throws ReflectiveOperationException {
        sun.misc.Unsafe unsafe = unsafe();
        long length = (1L << 31) + (1 << 20) + 12;
        long address;
        try {
            address = unsafe.allocateMemory(length);
        } catch (OutOfMemoryError noRoom) {
            assumeTrue(false, "needs 2 GiB of native memory");
            return;
        }
        try {
            unsafe.setMemory(address, length, (byte) 0);
            long[] marks = {0, (1L << 31) - 1, 1L << 31, (1L << 31) + (1 << 20) + 11};
            for (long mark : marks) {
                unsafe.putByte(address + mark, (byte) (mark | 1));
            }
            Fingerprint inPlace = Fingerprints.ofMemory(DType.BYTES, new long[] {length}, address, length);
            FingerprintSink sink = Fingerprints.function().newSink();
            byte[] piece = new byte[1 << 20];
            for (long at = 0; at < length; at += piece.length) {
                int size = (int) Math.min(piece.length, length - at);
                NativeMemory.copy(address + at, piece, 0, size);
                sink.putBytes(piece, 0, size);
            }
            assertEquals(sink.fingerprint(), inPlace);
        } finally {
            unsafe.freeMemory(address);
        }
    }
}
