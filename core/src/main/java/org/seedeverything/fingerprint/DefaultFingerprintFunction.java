package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

/** The only {@link FingerprintFunction}: builds a payload, hashes its tree, and finishes with the header. */
final class DefaultFingerprintFunction implements FingerprintFunction {
    private final FingerprintAlgorithm algorithm;
    private final ChunkHasher hasher;
    private final boolean canonicalNaN;
    private final int chunkBytes;
    /** Threads per call; 0: automatic (every processor, for inputs of at least {@code parallelBytes}). */
    private final int threads;
    private final Executor executor;

    DefaultFingerprintFunction(FingerprintAlgorithm algorithm, boolean canonicalNaN, int threads, Executor executor,
            int chunkBytes) {
        this.algorithm = algorithm;
        this.hasher = ChunkHasher.of(algorithm);
        this.canonicalNaN = canonicalNaN;
        this.threads = threads;
        this.executor = executor;
        this.chunkBytes = chunkBytes;
    }

    @Override
    public Fingerprint of(float[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(double[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(int[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(long[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(byte[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(short[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(boolean[] data, long... shape) {
        return of(ArrayPayload.of(data, shape));
    }

    @Override
    public Fingerprint of(ByteBuffer buffer, DType dtype, long... shape) {
        return of(new BufferPayload(buffer, dtype, shape));
    }

    @Override
    public Fingerprint ofMemory(DType dtype, long[] shape, long address, long byteLength) {
        return of(new MemoryPayload(dtype, shape, address, byteLength));
    }

    @Override
    public Fingerprint ofStridedMemory(DType dtype, long[] shape, long[] strides, long address) {
        return of(new StridedPayload(dtype, shape, strides, address));
    }

    @Override
    public Fingerprint of(String text) {
        return of(textPayload(text));
    }

    @Override
    public Fingerprint of(long value) {
        return of(scalarPayload(value));
    }

    @Override
    public Fingerprint of(double value) {
        return of(scalarPayload(value));
    }

    @Override
    public <T> Fingerprint of(T object, Funnel<? super T> funnel) {
        return newSink().putObject(object, funnel).fingerprint();
    }

    @Override
    public FingerprintSink newSink() {
        return new StreamingSink(this);
    }

    @Override
    public FingerprintAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean canonicalizesNaN() {
        return canonicalNaN;
    }

    static Payload textPayload(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return ArrayPayload.ofCanonicalBytes(DType.UTF8, new long[] {utf8.length}, utf8);
    }

    static Payload scalarPayload(long value) {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        return ArrayPayload.ofCanonicalBytes(DType.INT64, new long[0], bytes);
    }

    static Payload scalarPayload(double value) {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(Double.doubleToRawLongBits(value)).array();
        return ArrayPayload.ofCanonicalBytes(DType.FLOAT64, new long[0], bytes);
    }

    /** The fingerprint of a payload: the final digest of header and tree root. */
    Fingerprint of(Payload payload) {
        HashTree tree = new HashTree(payload, hasher, canonicalNaN, chunkBytes);
        int callThreads = threads(payload.byteLength());
        byte[] root = callThreads > 1 ? tree.root(executor(), callThreads) : tree.root();
        return finish(payload.dtype, payload.shape, payload.byteLength(), root);
    }

    Fingerprint finish(DType dtype, long[] shape, long byteLength, byte[] root) {
        byte[] header = FingerprintFormat.header(algorithm, dtype, shape, byteLength);
        return Fingerprint.wrap(algorithm, hasher.finish(header, root));
    }

    ChunkHasher hasher() {
        return hasher;
    }

    int chunkBytes() {
        return chunkBytes;
    }

    /** Threads for a payload of {@code byteLength} bytes: the configured count, or automatic by size. */
    private int threads(long byteLength) {
        if (threads > 0) {
            return threads;
        }
        return byteLength >= FingerprintThreads.DEFAULT_PARALLEL_BYTES ? FingerprintThreads.processors() : 1;
    }

    private Executor executor() {
        return executor != null ? executor : FingerprintThreads.pool();
    }

    @Override
    public String toString() {
        return "FingerprintFunction[" + algorithm.label() + (canonicalNaN ? ", canonical NaN" : ", bitwise NaN")
                + (threads == 0 ? ", threads automatic" : threads == 1 ? ", 1 thread" : ", " + threads + " threads")
                + "]";
    }
}
