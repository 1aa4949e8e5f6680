package org.seedeverything.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.init.Init;

/**
 * Thread-count-invariant fills of 64M floats ({@code Init.normal}, {@code Init.uniform}) on 1 and 2 threads, beside
 * ND4J's own fills of an existing array of the same size ({@code Nd4j.randn(target)}, {@code Nd4j.rand(target)}) on
 * the threads ND4J uses (printed at setup; 2 on a 2-core machine).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InitBenchmark {
    /** Elements per fill: {@value}. */
    public static final int ELEMENTS = 64 << 20;
    private static final long[] SHAPE = {8192, 8192};
    private static final long SEED = 2021;

    /** A Java array to fill; the thread count is set per benchmark. */
    @State(Scope.Benchmark)
    public static class JavaArray {
        float[] values;

        @Setup(Level.Trial)
        public void allocate() {
            values = new float[ELEMENTS];
            Init.setParallelism(1);
            Init.normal(values, SHAPE, SEED, 0, 1);
            String oneThread = Fingerprints.of(values).toString();
            Init.setParallelism(2);
            Init.normal(values, SHAPE, SEED, 0, 1);
            if (!oneThread.equals(Fingerprints.of(values).toString())) {
                throw new IllegalStateException("Init.normal differs between 1 and 2 threads");
            }
        }
    }

    /** An existing ND4J FLOAT array to fill. */
    @State(Scope.Benchmark)
    public static class Nd4jArray {
        INDArray values;

        @Setup(Level.Trial)
        public void allocate() {
            values = Nd4j.create(DataType.FLOAT, SHAPE, 'c');
            Nd4j.getRandom().setSeed(SEED);
            System.out.println("ND4J threads: maxThreads=" + Nd4j.getEnvironment().maxThreads()
                    + ", maxMasterThreads=" + Nd4j.getEnvironment().maxMasterThreads());
        }
    }

    /** Ours: {@code Init.normal} on 1 thread. */
    @Benchmark
    public float[] normalOneThread(JavaArray array) {
        Init.setParallelism(1);
        Init.normal(array.values, SHAPE, SEED, 0, 1);
        return array.values;
    }

    /** Ours: {@code Init.normal} on 2 threads (the same values). */
    @Benchmark
    public float[] normalTwoThreads(JavaArray array) {
        Init.setParallelism(2);
        Init.normal(array.values, SHAPE, SEED, 0, 1);
        return array.values;
    }

    /** Ours: {@code Init.uniform} on 1 thread. */
    @Benchmark
    public float[] uniformOneThread(JavaArray array) {
        Init.setParallelism(1);
        Init.uniform(array.values, SHAPE, SEED, -1, 1);
        return array.values;
    }

    /** Ours: {@code Init.uniform} on 2 threads (the same values). */
    @Benchmark
    public float[] uniformTwoThreads(JavaArray array) {
        Init.setParallelism(2);
        Init.uniform(array.values, SHAPE, SEED, -1, 1);
        return array.values;
    }

    /** ND4J: {@code Nd4j.randn(existing)}, standard normal values into the existing array. */
    @Benchmark
    public INDArray nd4jRandn(Nd4jArray array) {
        return Nd4j.randn(array.values);
    }

    /** ND4J: {@code Nd4j.rand(existing)}, uniform values in [0, 1) into the existing array. */
    @Benchmark
    public INDArray nd4jRand(Nd4jArray array) {
        return Nd4j.rand(array.values);
    }
}
