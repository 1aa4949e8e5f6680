package org.seedeverything.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The fixed hash tree over a payload's chunks. Leaf i digests payload bytes {@code [i * chunk, (i + 1) * chunk)};
 * a range of n > 1 leaves is the node of its first k leaves and the remaining n - k, where k is the largest power of
 * two below n. The shape depends only on the leaf count, so any split of the work between threads gives the same
 * root.
 */
final class HashTree {
    private final Payload payload;
    private final ChunkHasher hasher;
    private final boolean canonicalNaN;
    private final int chunkBytes;
    private final long leafCount;

    HashTree(Payload payload, ChunkHasher hasher, boolean canonicalNaN, int chunkBytes) {
        this.payload = payload;
        this.hasher = hasher;
        this.canonicalNaN = canonicalNaN && payload.dtype.isFloatingPoint();
        this.chunkBytes = chunkBytes;
        long length = payload.byteLength();
        this.leafCount = Math.max(1, (length + chunkBytes - 1) / chunkBytes);
    }

    long leafCount() {
        return leafCount;
    }

    /** The root digest, computed on the calling thread. */
    byte[] root() {
        return subtree(0, leafCount, new Scratch());
    }

    /** The root digest, with subtrees of at most {@code grain} leaves hashed as tasks on {@code executor}. */
    byte[] root(Executor executor, int tasks) {
        if (leafCount < 2 || tasks < 2) {
            return root();
        }
        long grain = Math.max(1, (leafCount + tasks - 1) / tasks);
        List<CompletableFuture<byte[]>> futures = new ArrayList<>();
        Plan plan = plan(0, leafCount, grain, executor, futures);
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
        return plan.digest();
    }

    private Plan plan(long first, long count, long grain, Executor executor, List<CompletableFuture<byte[]>> futures) {
        if (count <= grain || count == 1) {
            CompletableFuture<byte[]> future = CompletableFuture.supplyAsync(
                    () -> subtree(first, count, new Scratch()), executor);
            futures.add(future);
            return () -> future.join();
        }
        long split = Long.highestOneBit(count - 1);
        Plan left = plan(first, split, grain, executor, futures);
        Plan right = plan(first + split, count - split, grain, executor, futures);
        return () -> hasher.node(left.digest(), right.digest());
    }

    private byte[] subtree(long first, long count, Scratch scratch) {
        if (count == 1) {
            return leaf(first, scratch);
        }
        long split = Long.highestOneBit(count - 1);
        byte[] left = subtree(first, split, scratch);
        byte[] right = subtree(first + split, count - split, scratch);
        return hasher.node(left, right);
    }

    private byte[] leaf(long index, Scratch scratch) {
        long offset = index * chunkBytes;
        int length = (int) Math.min(chunkBytes, payload.byteLength() - offset);
        if (!canonicalNaN && payload.inPlace()) {
            byte[] digest = hasher.digestInPlace(payload.inPlaceBase(), payload.inPlaceOffset() + offset, length);
            if (digest != null) {
                return digest;
            }
        }
        byte[] bytes = scratch.bytes(length);
        payload.copy(offset, bytes, 0, length);
        if (canonicalNaN) {
            NanCanonicalizer.canonicalize(payload.dtype, bytes, 0, length);
        }
        return hasher.digest(bytes, 0, length);
    }

    /** One chunk-sized buffer per thread of work, allocated on first need. */
    private final class Scratch {
        private byte[] bytes;

        byte[] bytes(int length) {
            if (bytes == null || bytes.length < length) {
                bytes = new byte[(int) Math.min(chunkBytes, Math.max(length, payload.byteLength()))];
            }
            return bytes;
        }
    }

    @FunctionalInterface
    private interface Plan {
        byte[] digest();
    }
}
