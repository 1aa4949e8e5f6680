package org.seedeverything.benchmarks;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.openhft.hashing.LongTupleHashFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.seedeverything.fingerprint.DType;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.nd4j.Nd4jFingerprints;

/**
 * The fingerprint of a 256 MiB contiguous FLOAT32 tensor ([8192, 8192]) beside the machine's limit (one thread
 * reading the same memory), the JDK's SHA-256 over the same bytes, and what users write today
 * ({@code data().asBytes()} then SHA-256). "Ours" rows run on one thread ({@code threads(1)}), on two
 * ({@code threads(2)}), and with the default function (parallel on every processor from 8 MiB). The buffers are
 * allocated and filled once per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FingerprintBenchmark {
    /** Size of the tensor in bytes: {@value}. */
    public static final long TENSOR_BYTES = 256L << 20;
    static final long[] SHAPE = {8192, 8192};
    static final FingerprintFunction ONE_THREAD = Fingerprints.builder().threads(1).build();

    /** The tensor in direct memory (a little-endian direct {@link ByteBuffer}) and the functions to hash it. */
    @State(Scope.Benchmark)
    public static class DirectTensor {
        ByteBuffer buffer;
        byte[] heapCopy;
        FingerprintFunction twoThreads;
        ExecutorService readers;

        @Setup(Level.Trial)
        public void allocate() {
            readers = Executors.newFixedThreadPool(2);
            buffer = BenchmarkData.directBuffer(TENSOR_BYTES);
            heapCopy = new byte[(int) TENSOR_BYTES];
            buffer.get(0, heapCopy);
            twoThreads = Fingerprints.builder().threads(2).build();
            Fingerprint expected = ONE_THREAD.of(buffer, DType.FLOAT32, SHAPE);
            BenchmarkData.requireSame("2 threads vs 1 thread", expected, twoThreads.of(buffer, DType.FLOAT32, SHAPE));
            BenchmarkData.requireSame("default vs 1 thread", expected, Fingerprints.of(buffer, DType.FLOAT32, SHAPE));
        }

        @TearDown(Level.Trial)
        public void stopReaders() {
            readers.shutdownNow();
        }
    }

    /** The same bytes in an ND4J FLOAT array. */
    @State(Scope.Benchmark)
    public static class Nd4jTensor {
        INDArray array;
        FingerprintFunction twoThreads;

        @Setup(Level.Trial)
        public void allocate() {
            array = Nd4j.create(DataType.FLOAT, SHAPE, 'c');
            BenchmarkData.fill(array.data().asNio());
            twoThreads = Fingerprints.builder().threads(2).build();
            Fingerprint expected = Fingerprints.of(array.data().asNio().order(ByteOrder.LITTLE_ENDIAN), DType.FLOAT32,
                    SHAPE);
            BenchmarkData.requireSame("ND4J array vs its buffer", expected, Nd4jFingerprints.of(ONE_THREAD, array));
            BenchmarkData.requireSame("ND4J array, default vs 1 thread", expected, Nd4jFingerprints.of(array));
            BenchmarkData.requireSame("ND4J array, 2 threads vs 1 thread", expected,
                    Nd4jFingerprints.of(twoThreads, array));
        }
    }

    /** The machine's limit: one thread reading every byte of the direct buffer (as longs) and summing them. */
    @Benchmark
    public long sequentialRead(DirectTensor tensor) {
        return sum(tensor.buffer);
    }

    /** Control: the same read split over two threads, what the machine's memory and cores give right now. */
    @Benchmark
    public long sequentialReadTwoThreads(DirectTensor tensor) throws InterruptedException, ExecutionException {
        int half = tensor.buffer.capacity() / 2;
        Future<Long> first = tensor.readers.submit(() -> sum(tensor.buffer.duplicate().limit(half).slice()));
        Future<Long> second = tensor.readers.submit(() -> sum(tensor.buffer.duplicate().position(half).slice()));
        return first.get() + second.get();
    }

    /** The same read of the ND4J array's memory. */
    @Benchmark
    public long sequentialReadNd4j(Nd4jTensor tensor) {
        return sum(tensor.array.data().asNio());
    }

    private static long sum(ByteBuffer buffer) {
        LongBuffer longs = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        long sum = 0;
        for (int i = 0, n = longs.capacity(); i < n; i++) {
            sum += longs.get(i);
        }
        return sum;
    }

    /** Ours: the fp1 fingerprint of the direct buffer on the calling thread ({@code threads(1)}). */
    @Benchmark
    public Fingerprint fingerprintDirect(DirectTensor tensor) {
        return ONE_THREAD.of(tensor.buffer, DType.FLOAT32, SHAPE);
    }

    /** Ours, the default function: parallel on every available processor. */
    @Benchmark
    public Fingerprint fingerprintDirectDefault(DirectTensor tensor) {
        return Fingerprints.of(tensor.buffer, DType.FLOAT32, SHAPE);
    }

    /** Ours with {@code threads(2)}: the same fingerprint. */
    @Benchmark
    public Fingerprint fingerprintDirectTwoThreads(DirectTensor tensor) {
        return tensor.twoThreads.of(tensor.buffer, DType.FLOAT32, SHAPE);
    }

    /** The JDK's SHA-256 over the same bytes. */
    @Benchmark
    public byte[] sha256Direct(DirectTensor tensor) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(tensor.buffer.duplicate());
        return digest.digest();
    }

    /** Ours: {@code Nd4jFingerprints.of(function, array)} on the calling thread ({@code threads(1)}). */
    @Benchmark
    public Fingerprint fingerprintNd4j(Nd4jTensor tensor) {
        return Nd4jFingerprints.of(ONE_THREAD, tensor.array);
    }

    /** Ours, the default: {@code Nd4jFingerprints.of(array)}, parallel on every available processor. */
    @Benchmark
    public Fingerprint fingerprintNd4jDefault(Nd4jTensor tensor) {
        return Nd4jFingerprints.of(tensor.array);
    }

    /** Ours with {@code threads(2)}. */
    @Benchmark
    public Fingerprint fingerprintNd4jTwoThreads(Nd4jTensor tensor) {
        return Nd4jFingerprints.of(tensor.twoThreads, tensor.array);
    }

    /**
     * Evidence: the hash alone, hash4j's XXH3-128 over a heap copy of the tensor's bytes in one call (no chunks, no
     * copies, no tree, no header): what the hash costs per byte on this CPU.
     */
    @Benchmark
    public HashValue128 xxh128OneCall(DirectTensor tensor) {
        return Hashing.xxh3_128().hashBytesTo128Bits(tensor.heapCopy);
    }

    /**
     * Evidence: what the fingerprint cost before it moved to hash4j, the same bytes hashed in place through
     * zero-allocation-hashing's {@code Unsafe} access in one call (45.2 ms beside 44.8 ms for the whole fingerprint in
     * the last quiet run before the move).
     */
    @Benchmark
    public long[] previousHashInPlace(Nd4jTensor tensor) {
        return LongTupleHashFunction.xx128().hashMemory(tensor.array.data().address(), TENSOR_BYTES);
    }

    /** What users write today: copy the array to a big-endian {@code byte[]}, then SHA-256 it. */
    @Benchmark
    public byte[] asBytesThenSha256(Nd4jTensor tensor) throws NoSuchAlgorithmException {
        byte[] bytes = tensor.array.data().asBytes();
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
