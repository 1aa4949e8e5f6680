package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Native memory over 2 GiB is hashed with 64-bit offsets. The expected value comes from the streaming sink fed the
 * same bytes through 1 MiB heap copies made by the test's own memory access: another tree builder and another read
 * path.
 */
class BeyondTwoGibibytesTest {
    @Test
    @DisplayName("2 GiB + 1 MiB + 12 bytes of memory: hashed from its address equals streamed")
    void beyondTwoGibibytes() {
        long length = (1L << 31) + (1 << 20) + 12;
        TestMemory.Block memory;
        try {
            memory = TestMemory.allocate(length);
        } catch (OutOfMemoryError noRoom) {
            assumeTrue(false, "needs 2 GiB of native memory");
            return;
        }
        try (memory) {
            long[] marks = {0, (1L << 31) - 1, 1L << 31, (1L << 31) + (1 << 20) + 11};
            for (long mark : marks) {
                memory.putByte(mark, (byte) (mark | 1));
            }
            Fingerprint fromAddress = Fingerprints.ofMemory(DType.BYTES, new long[] {length}, memory.address(), length);
            FingerprintSink sink = Fingerprints.function().newSink();
            byte[] piece = new byte[1 << 20];
            for (long at = 0; at < length; at += piece.length) {
                int size = (int) Math.min(piece.length, length - at);
                memory.read(at, piece, size);
                sink.putBytes(piece, 0, size);
            }
            assertEquals(sink.fingerprint(), fromAddress);
        }
    }
}
