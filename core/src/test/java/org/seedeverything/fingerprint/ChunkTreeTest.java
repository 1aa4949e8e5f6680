package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The chunk tree: parallel hashing equals sequential for any thread count, and the streaming sink (a stack of
 * complete subtrees) equals the recursive tree. Small chunks make trees of many leaves out of small inputs; the
 * golden test pins the real 1 MiB chunk.
 */
class ChunkTreeTest {
    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + (i >>> 8));
        }
        return bytes;
    }

    private static final FingerprintFunction ONE_THREAD = Fingerprints.builder().threads(1).build();

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 8})
    @DisplayName("parallel hashing equals sequential, at 1 MiB and at 64-byte chunks")
    void parallelEqualsSequential(int threads) {
        float[] sevenChunks = FingerprintGoldenTest.ramp(13 << 17);
        FingerprintFunction parallel = Fingerprints.builder().threads(threads).build();
        assertEquals(ONE_THREAD.of(sevenChunks), parallel.of(sevenChunks));
        FingerprintFunction smallSequential = Fingerprints.builder().chunkBytes(64).threads(1).build();
        FingerprintFunction smallParallel = Fingerprints.builder().chunkBytes(64).threads(threads).build();
        for (int length : new int[] {0, 1, 64, 65, 64 * 7 + 3, 64 * 8, 64 * 9, 64 * 100 + 1}) {
            byte[] bytes = pattern(length);
            assertEquals(smallSequential.of(bytes), smallParallel.of(bytes), length + " bytes");
        }
    }

    @Test
    @DisplayName("a caller's executor gives the same fingerprint")
    void executor() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            FingerprintFunction onPool = Fingerprints.builder().executor(pool, 3).chunkBytes(64).build();
            FingerprintFunction sequential = Fingerprints.builder().chunkBytes(64).threads(1).build();
            byte[] bytes = pattern(64 * 37 + 5);
            assertEquals(sequential.of(bytes), onPool.of(bytes));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a caller's executor that runs nothing cannot block the hash: the caller does all the work")
    void executorThatNeverRuns() {
        List<Runnable> neverRun = new ArrayList<>();
        FingerprintFunction stalled = Fingerprints.builder().executor(neverRun::add, 4).chunkBytes(64).build();
        byte[] bytes = pattern(64 * 37 + 5);
        assertEquals(Fingerprints.builder().chunkBytes(64).threads(1).build().of(bytes), stalled.of(bytes));
        assertEquals(3, neverRun.size(), "three helpers were offered work");
    }

    @Test
    @DisplayName("by default 8 MiB and more are hashed on the shared pool, never more threads than processors")
    void parallelByDefault() {
        float[] twelveMebibytes = FingerprintGoldenTest.ramp(3 << 20);
        assertEquals(ONE_THREAD.of(twelveMebibytes), Fingerprints.of(twelveMebibytes));
        Fingerprints.builder().threads(64).build().of(twelveMebibytes);
        long poolThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("seeds-fingerprint-"))
                .peek(thread -> assertTrue(thread.isDaemon(), thread + " is a daemon"))
                .count();
        int processors = Runtime.getRuntime().availableProcessors();
        assertTrue(poolThreads <= processors, poolThreads + " pool threads for " + processors + " processors");
        if (processors > 1) {
            assertTrue(poolThreads >= 1, "the default function used the shared pool for 12 MiB");
        }
    }

    @Test
    @DisplayName("the streaming sink builds the same tree as the recursive hash, for 0 to 40 leaves")
    void sinkEqualsTree() {
        FingerprintFunction small = Fingerprints.builder().chunkBytes(16).build();
        for (int length = 0; length <= 16 * 40; length += 5) {
            byte[] bytes = pattern(length);
            FingerprintSink sink = small.newSink();
            for (int at = 0; at < length; at += 7) {
                sink.putBytes(bytes, at, Math.min(7, length - at));
            }
            assertEquals(small.of(ByteBuffer.wrap(bytes), DType.BYTES), sink.fingerprint(), length + " bytes");
        }
    }

    @Test
    @DisplayName("every chunk counts: changing one byte in any leaf changes the fingerprint")
    void everyChunkCounts() {
        FingerprintFunction small = Fingerprints.builder().chunkBytes(64).build();
        byte[] bytes = pattern(64 * 9 + 10);
        Fingerprint original = small.of(bytes);
        for (int at = 0; at < bytes.length; at += 61) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            assertNotEquals(original, small.of(changed), "byte " + at);
        }
    }
}
