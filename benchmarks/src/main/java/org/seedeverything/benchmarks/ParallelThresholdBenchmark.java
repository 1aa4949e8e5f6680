package org.seedeverything.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seedeverything.fingerprint.DType;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * Where parallel hashing starts to pay: the fingerprint of a direct buffer of 1 to 16 MiB on one thread and on two
 * (the shared pool). The smallest size at which two threads win clearly sets the default threshold of
 * {@code Fingerprints.function()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ParallelThresholdBenchmark {
    @Param({"1", "2", "4", "8", "16"})
    public int mebibytes;

    private ByteBuffer buffer;
    private FingerprintFunction oneThread;
    private FingerprintFunction twoThreads;

    @Setup(Level.Trial)
    public void allocate() {
        buffer = BenchmarkData.directBuffer((long) mebibytes << 20);
        oneThread = Fingerprints.builder().threads(1).build();
        twoThreads = Fingerprints.builder().threads(2).build();
        BenchmarkData.requireSame("2 threads vs 1 thread", oneThread.of(buffer, DType.INT8),
                twoThreads.of(buffer, DType.INT8));
    }

    /** The fingerprint on the calling thread. */
    @Benchmark
    public Fingerprint oneThread() {
        return oneThread.of(buffer, DType.INT8);
    }

    /** The same fingerprint on the calling thread and one helper from the shared pool. */
    @Benchmark
    public Fingerprint twoThreads() {
        return twoThreads.of(buffer, DType.INT8);
    }
}
