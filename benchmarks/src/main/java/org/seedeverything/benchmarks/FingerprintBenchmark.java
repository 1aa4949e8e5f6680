package org.seedeverything.benchmarks;

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
 * ({@code data().asBytes()} then SHA-256). The buffers are allocated and filled once per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FingerprintBenchmark {
    /** Size of the tensor in bytes: {@value}. */
    public static final long TENSOR_BYTES = 256L << 20;
    static final long[] SHAPE = {8192, 8192};

    /** The tensor in direct memory (a little-endian direct {@link ByteBuffer}) and the functions to hash it. */
    @State(Scope.Benchmark)
    public static class DirectTensor {
        ByteBuffer buffer;
        FingerprintFunction twoThreads;
        ExecutorService readers;

        @Setup(Level.Trial)
        public void allocate() {
            readers = Executors.newFixedThreadPool(2);
            buffer = BenchmarkData.directBuffer(TENSOR_BYTES);
            twoThreads = Fingerprints.builder().threads(2).build();
            BenchmarkData.requireSame("2 threads vs 1 thread", Fingerprints.of(buffer, DType.FLOAT32, SHAPE),
                    twoThreads.of(buffer, DType.FLOAT32, SHAPE));
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
            BenchmarkData.requireSame("ND4J array vs its buffer", expected, Nd4jFingerprints.of(array));
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

    /** Ours: the fp1 fingerprint of the direct buffer on the calling thread. */
    @Benchmark
    public Fingerprint fingerprintDirect(DirectTensor tensor) {
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

    /** Ours: {@code Nd4jFingerprints.of(array)} on the calling thread. */
    @Benchmark
    public Fingerprint fingerprintNd4j(Nd4jTensor tensor) {
        return Nd4jFingerprints.of(tensor.array);
    }

    /** Ours with {@code threads(2)}. */
    @Benchmark
    public Fingerprint fingerprintNd4jTwoThreads(Nd4jTensor tensor) {
        return Nd4jFingerprints.of(tensor.twoThreads, tensor.array);
    }

    /**
     * Evidence: the hash alone, XXH3-128 of zero-allocation-hashing over the array's memory in one call (no chunks,
     * no tree, no header): what the hash costs per byte on this CPU.
     */
    @Benchmark
    public long[] xxh128OneCall(Nd4jTensor tensor) {
        return LongTupleHashFunction.xx128().hashMemory(tensor.array.data().address(), TENSOR_BYTES);
    }

    /** What users write today: copy the array to a big-endian {@code byte[]}, then SHA-256 it. */
    @Benchmark
    public byte[] asBytesThenSha256(Nd4jTensor tensor) throws NoSuchAlgorithmException {
        byte[] bytes = tensor.array.data().asBytes();
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
