package org.seedeverything.fingerprint;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * A small process-wide stock of 1 MiB chunk buffers. Hashing copies each chunk into one of these; reusing them keeps
 * the heap allocation of a fingerprint independent of its size (a new buffer per call would be 1 MiB of garbage, as
 * much as the 256 MiB benchmark's whole budget allows). At most two buffers per processor are kept.
 */
final class ChunkBuffers {
    private static final ArrayBlockingQueue<byte[]> FREE =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    private ChunkBuffers() {
    }

    /** A buffer of at least {@code length} bytes: a kept one for full chunks, else a new one of that length. */
    static byte[] take(int length) {
        if (length == FingerprintFormat.CHUNK_BYTES) {
            byte[] kept = FREE.poll();
            if (kept != null) {
                return kept;
            }
        }
        return new byte[length];
    }

    /** Hands back a buffer from {@link #take}; kept if it is a chunk buffer and the stock has room. */
    static void give(byte[] buffer) {
        if (buffer != null && buffer.length == FingerprintFormat.CHUNK_BYTES) {
            FREE.offer(buffer);
        }
    }
}
