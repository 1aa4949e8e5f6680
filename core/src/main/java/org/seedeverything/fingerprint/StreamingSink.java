package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A sink that hashes full chunks as they fill and keeps the roots of complete power-of-two subtrees on a stack, so it
 * produces the same tree as {@link HashTree} over the whole stream with memory of one chunk plus log2(chunks)
 * digests.
 */
final class StreamingSink implements FingerprintSink {
    private final DefaultFingerprintFunction function;
    private final int chunkBytes;
    private final Deque<Subtree> completed = new ArrayDeque<>();
    private final ByteBuffer eight = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private byte[] chunk;
    private int filled;
    private long total;
    private boolean finished;

    StreamingSink(DefaultFingerprintFunction function) {
        this.function = function;
        this.chunkBytes = function.chunkBytes();
        this.chunk = new byte[Math.min(64, chunkBytes)];
    }

    private record Subtree(byte[] digest, long leaves) {
    }

    @Override
    public FingerprintSink putByte(byte value) {
        ensureOpen();
        makeRoom(1);
        chunk[filled++] = value;
        total++;
        return this;
    }

    @Override
    public FingerprintSink putBytes(byte[] values) {
        return putBytes(values, 0, values.length);
    }

    @Override
    public FingerprintSink putBytes(byte[] values, int offset, int length) {
        ensureOpen();
        Objects.checkFromIndexSize(offset, length, values.length);
        int at = offset;
        int left = length;
        while (left > 0) {
            int room = makeRoom(left);
            int step = Math.min(room, left);
            System.arraycopy(values, at, chunk, filled, step);
            filled += step;
            total += step;
            at += step;
            left -= step;
        }
        return this;
    }

    @Override
    public FingerprintSink putBytes(ByteBuffer buffer) {
        ensureOpen();
        ByteBuffer view = buffer.duplicate();
        while (view.hasRemaining()) {
            int room = makeRoom(view.remaining());
            int step = Math.min(room, view.remaining());
            view.get(chunk, filled, step);
            filled += step;
            total += step;
        }
        return this;
    }

    @Override
    public FingerprintSink putBoolean(boolean value) {
        return putByte((byte) (value ? 1 : 0));
    }

    @Override
    public FingerprintSink putShort(short value) {
        return putLittleEndian(value, 2);
    }

    @Override
    public FingerprintSink putChar(char value) {
        return putLittleEndian(value, 2);
    }

    @Override
    public FingerprintSink putInt(int value) {
        return putLittleEndian(value, 4);
    }

    @Override
    public FingerprintSink putLong(long value) {
        return putLittleEndian(value, 8);
    }

    @Override
    public FingerprintSink putFloat(float value) {
        float canonical = function.canonicalizesNaN() && Float.isNaN(value) ? Float.NaN : value;
        return putInt(Float.floatToRawIntBits(canonical));
    }

    @Override
    public FingerprintSink putDouble(double value) {
        double canonical = function.canonicalizesNaN() && Double.isNaN(value) ? Double.NaN : value;
        return putLong(Double.doubleToRawLongBits(canonical));
    }

    @Override
    public FingerprintSink putString(CharSequence value) {
        byte[] utf8 = value.toString().getBytes(StandardCharsets.UTF_8);
        putLong(utf8.length);
        return putBytes(utf8);
    }

    @Override
    public <T> FingerprintSink putObject(T value, Funnel<? super T> funnel) {
        ensureOpen();
        funnel.funnel(value, this);
        return this;
    }

    @Override
    public long byteCount() {
        return total;
    }

    @Override
    public Fingerprint fingerprint() {
        ensureOpen();
        finished = true;
        ChunkHasher hasher = function.hasher();
        byte[] root = hasher.digest(chunk, 0, filled);
        while (!completed.isEmpty()) {
            root = hasher.node(completed.pop().digest(), root);
        }
        return function.finish(DType.BYTES, new long[] {total}, total, root);
    }

    private FingerprintSink putLittleEndian(long value, int bytes) {
        ensureOpen();
        eight.clear();
        eight.putLong(value);
        return putBytes(eight.array(), 0, bytes);
    }

    /** Makes room for at least one byte (flushing a full chunk first) and returns the room left in the chunk. */
    private int makeRoom(int wanted) {
        if (filled == chunkBytes) {
            flushChunk();
        }
        if (filled + wanted > chunk.length && chunk.length < chunkBytes) {
            long grown = Math.max((long) chunk.length * 2, (long) filled + wanted);
            byte[] bigger = new byte[(int) Math.min(chunkBytes, grown)];
            System.arraycopy(chunk, 0, bigger, 0, filled);
            chunk = bigger;
        }
        return chunk.length - filled;
    }

    private void flushChunk() {
        ChunkHasher hasher = function.hasher();
        Subtree leaf = new Subtree(hasher.digest(chunk, 0, filled), 1);
        filled = 0;
        while (!completed.isEmpty() && completed.peek().leaves() == leaf.leaves()) {
            Subtree left = completed.pop();
            leaf = new Subtree(hasher.node(left.digest(), leaf.digest()), left.leaves() * 2);
        }
        completed.push(leaf);
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("This sink has already produced its fingerprint; create a new sink with"
                    + " FingerprintFunction.newSink()");
        }
    }
}
