package org.seedeverything.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import org.seedeverything.fingerprint.Fingerprint;

/** Test data shared by the benchmarks: the same pseudo-random bytes for every source, and setup checks. */
final class BenchmarkData {
    private BenchmarkData() {
    }

    /** A little-endian direct buffer of {@code bytes} bytes (a multiple of 8) filled by {@link #fill}. */
    static ByteBuffer directBuffer(long bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
        fill(buffer);
        return buffer;
    }

    /** Fills the buffer's bytes (from 0 to its capacity) with a SplitMix64 sequence; the position is left at 0. */
    static void fill(ByteBuffer buffer) {
        LongBuffer longs = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).clear().asLongBuffer();
        long state = 0x5EED_2021L;
        for (int i = 0; i < longs.capacity(); i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            longs.put(i, z ^ (z >>> 31));
        }
    }

    /** Stops the run when two routes that must agree do not: a fast wrong answer is no benchmark. */
    static void requireSame(String what, Fingerprint expected, Fingerprint actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
        }
    }
}
