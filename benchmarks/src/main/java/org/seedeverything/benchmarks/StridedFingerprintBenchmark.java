package org.seedeverything.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seedeverything.fingerprint.DType;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.nd4j.Nd4jFingerprints;

/**
 * Views of 64 MiB of FLOAT32 values: a transpose ([4096, 4096], column-major strides) and a block of columns with
 * contiguous rows, beside the contiguous array of the same size and beside {@code dup('c')} followed by the hash. All
 * on one thread ({@code threads(1)}), as the layouts are compared, not the parallelism.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StridedFingerprintBenchmark {
    private static final FingerprintFunction ONE_THREAD = FingerprintBenchmark.ONE_THREAD;

    /** Bytes hashed by every benchmark of this class: {@value}. */
    public static final long VIEW_BYTES = 64L << 20;
    private static final int SIDE = 4096;

    /** A contiguous C-order [4096, 4096] array and its transpose (a view over the same memory). */
    @State(Scope.Benchmark)
    public static class Square {
        INDArray array;
        INDArray transpose;

        @Setup(Level.Trial)
        public void allocate() {
            array = Nd4j.create(DataType.FLOAT, new long[] {SIDE, SIDE}, 'c');
            BenchmarkData.fill(array.data().asNio());
            transpose = array.transpose();
            INDArray copy = transpose.dup('c');
            Fingerprint expected = Nd4jFingerprints.of(ONE_THREAD, copy);
            copy.close();
            BenchmarkData.requireSame("transpose vs its dup('c')", expected,
                    Nd4jFingerprints.of(ONE_THREAD, transpose));
            BenchmarkData.requireSame("transpose read along its strides", expected, stridedRead(transpose));
        }
    }

    /** Columns [0, 4096) of a C-order [4096, 8192] array: a view whose rows are contiguous (16 KiB each). */
    @State(Scope.Benchmark)
    public static class ColumnBlock {
        INDArray view;

        @Setup(Level.Trial)
        public void allocate() {
            INDArray parent = Nd4j.create(DataType.FLOAT, new long[] {SIDE, 2 * SIDE}, 'c');
            BenchmarkData.fill(parent.data().asNio());
            view = parent.get(NDArrayIndex.all(), NDArrayIndex.interval(0, SIDE));
            INDArray copy = view.dup('c');
            Fingerprint expected = Nd4jFingerprints.of(ONE_THREAD, copy);
            copy.close();
            BenchmarkData.requireSame("column block vs its dup('c')", expected, Nd4jFingerprints.of(ONE_THREAD, view));
        }
    }

    /** Reference: the contiguous array of the same size. */
    @Benchmark
    public Fingerprint contiguous(Square square) {
        return Nd4jFingerprints.of(ONE_THREAD, square.array);
    }

    /** Ours: {@code Nd4jFingerprints.of(array.transpose())} on one thread. */
    @Benchmark
    public Fingerprint transposeView(Square square) {
        return Nd4jFingerprints.of(ONE_THREAD, square.transpose);
    }

    /** What users write instead: copy to C order, hash the copy, free it. */
    @Benchmark
    public Fingerprint dupThenFingerprint(Square square) {
        INDArray copy = square.transpose.dup('c');
        try {
            return Nd4jFingerprints.of(ONE_THREAD, copy);
        } finally {
            copy.close();
        }
    }

    /** Evidence: the core's element-by-element walk along the transpose's strides, no copy. */
    @Benchmark
    public Fingerprint transposeStridedRead(Square square) {
        return stridedRead(square.transpose);
    }

    /** Ours: a view with contiguous rows, read along its strides in place. */
    @Benchmark
    public Fingerprint columnBlockView(ColumnBlock block) {
        return Nd4jFingerprints.of(ONE_THREAD, block.view);
    }

    private static Fingerprint stridedRead(INDArray view) {
        long address = view.data().address() + view.offset() * Float.BYTES;
        return ONE_THREAD.ofStridedMemory(DType.FLOAT32, view.shape(), view.stride(), address);
    }
}
