package org.seedeverything.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
        try (Scratch scratch = new Scratch()) {
            return subtree(0, leafCount, scratch);
        }
    }

    /**
     * The root digest, with the leaves split into about {@code 4 * threads} subtrees hashed by at most
     * {@code threads} threads: the calling thread and up to {@code threads - 1} helpers run on {@code executor}. Each
     * takes the next unclaimed subtree until none is left, so the caller never waits for a helper that has not
     * started (a busy or bounded executor only slows the hash down), and no more than {@code threads} threads work.
     */
    byte[] root(Executor executor, int threads) {
        if (leafCount < 2 || threads < 2) {
            return root();
        }
        long grain = Math.max(1, (leafCount + 4L * threads - 1) / (4L * threads));
        List<long[]> ranges = new ArrayList<>();
        Plan plan = plan(0, leafCount, grain, ranges);
        Work work = new Work(ranges);
        int helpers = (int) Math.min(threads - 1, ranges.size() - 1);
        for (int i = 0; i < helpers; i++) {
            try {
                executor.execute(work::run);
            } catch (RejectedExecutionException full) {
                break; // the caller and the helpers already started do the rest
            }
        }
        work.run();
        return plan.digest(work.awaitDigests());
    }

    /** Splits like {@link #subtree}, down to ranges of at most {@code grain} leaves, in leaf order. */
    private Plan plan(long first, long count, long grain, List<long[]> ranges) {
        if (count <= grain) {
            int index = ranges.size();
            ranges.add(new long[] {first, count});
            return digests -> digests[index];
        }
        long split = Long.highestOneBit(count - 1);
        Plan left = plan(first, split, grain, ranges);
        Plan right = plan(first + split, count - split, grain, ranges);
        return digests -> hasher.node(left.digest(digests), right.digest(digests));
    }

    /** The subtrees of one parallel hash, claimed one at a time by whichever thread comes next. */
    private final class Work {
        private final List<long[]> ranges;
        private final byte[][] digests;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Work(List<long[]> ranges) {
            this.ranges = ranges;
            this.digests = new byte[ranges.size()][];
            this.done = new CountDownLatch(ranges.size());
        }

        void run() {
            try (Scratch scratch = new Scratch()) {
                for (int i = next.getAndIncrement(); i < ranges.size(); i = next.getAndIncrement()) {
                    try {
                        if (failure.get() == null) {
                            digests[i] = subtree(ranges.get(i)[0], ranges.get(i)[1], scratch);
                        }
                    } catch (RuntimeException | Error failed) {
                        failure.compareAndSet(null, failed);
                    } finally {
                        done.countDown();
                    }
                }
            }
        }

        byte[][] awaitDigests() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers are reading the caller's memory: finish before returning
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable failed = failure.get();
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            return digests;
        }
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
        byte[] canonical = payload.canonicalBytes();
        if (!canonicalNaN && canonical != null) {
            return hasher.digest(canonical, payload.canonicalBytesOffset() + (int) offset, length);
        }
        byte[] bytes = scratch.bytes(length);
        payload.copy(offset, bytes, 0, length);
        if (canonicalNaN) {
            NanCanonicalizer.canonicalize(payload.dtype, bytes, 0, length);
        }
        return hasher.digest(bytes, 0, length);
    }

    /** One chunk buffer per task, from the shared stock ({@link ChunkBuffers}), returned when the task ends. */
    private final class Scratch implements AutoCloseable {
        private byte[] bytes;

        byte[] bytes(int length) {
            if (bytes == null || bytes.length < length) {
                ChunkBuffers.give(bytes);
                bytes = ChunkBuffers.take((int) Math.min(chunkBytes, Math.max(length, payload.byteLength())));
            }
            return bytes;
        }

        @Override
        public void close() {
            ChunkBuffers.give(bytes);
            bytes = null;
        }
    }

    @FunctionalInterface
    private interface Plan {
        byte[] digest(byte[][] rangeDigests);
    }
}
