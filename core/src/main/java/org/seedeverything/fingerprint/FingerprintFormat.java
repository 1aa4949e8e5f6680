package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Constants and the header of format version 1 ({@code src/docs/fingerprint-format.md}). */
final class FingerprintFormat {
    /** Format version byte; also the "1" in {@code fp1:}. */
    static final int VERSION = 1;
    /** Payload bytes per leaf of the hash tree: 1 MiB, a multiple of every element size. */
    static final int CHUNK_BYTES = 1 << 20;

    private FingerprintFormat() {
    }

    /**
     * version (1 byte), algorithm code (1), dtype code (1), reserved 0 (1), rank (uint32 LE), each dimension
     * (int64 LE), payload byte length (int64 LE).
     */
    static byte[] header(FingerprintAlgorithm algorithm, DType dtype, long[] shape, long byteLength) {
        ByteBuffer header = ByteBuffer.allocate(8 + 8 * shape.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) VERSION).put((byte) algorithm.code()).put((byte) dtype.code()).put((byte) 0);
        header.putInt(shape.length);
        for (long dimension : shape) {
            header.putLong(dimension);
        }
        header.putLong(byteLength);
        return header.array();
    }
}
