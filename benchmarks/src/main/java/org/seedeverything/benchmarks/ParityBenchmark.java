package org.seedeverything.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seedeverything.parity.numpy.NumpyGenerator;
import org.seedeverything.parity.torch.CpuCapability;
import org.seedeverything.parity.torch.TorchGenerator;

/**
 * The parity module's samplers beside the originals: {@link TorchGenerator} filling 10^7 floats with
 * {@code randn}/{@code rand} values beside libtorch 2.10.0's own {@code normal_}/{@code uniform_} on one thread
 * (through JavaCPP, the capability it dispatches to is printed), and NumPy's ziggurat ({@link NumpyGenerator}) beside
 * Commons RNG's {@link ZigguratSampler} for 10^6 doubles.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParityBenchmark {
    /** Floats per torch fill: {@value}. */
    public static final int TORCH_ELEMENTS = 10_000_000;
    /** Doubles per NumPy fill: {@value}. */
    public static final int NUMPY_ELEMENTS = 1_000_000;

    /** A Java array and a libtorch tensor of the same size, and generators seeded alike. */
    @State(Scope.Benchmark)
    public static class Torch {
        float[] values;
        Tensor tensor;
        TorchGenerator generator;

        @Setup(Level.Trial)
        public void allocate() {
            torch.set_num_threads(1);
            torch.manual_seed(42);
            System.out.println("libtorch CPU capability: " + torch.get_cpu_capability().getString());
            values = new float[TORCH_ELEMENTS];
            tensor = torch.empty(TORCH_ELEMENTS);
            generator = new TorchGenerator(42, CpuCapability.AVX2);
        }
    }

    /** Output arrays and generators for the normal samplers. */
    @State(Scope.Benchmark)
    public static class Normals {
        double[] values;
        NumpyGenerator numpy;
        ZigguratSampler.NormalizedGaussian commons;

        @Setup(Level.Trial)
        public void allocate() {
            values = new double[NUMPY_ELEMENTS];
            numpy = NumpyGenerator.defaultRng(42);
            UniformRandomProvider source = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
            commons = ZigguratSampler.NormalizedGaussian.of(source);
        }
    }

    @Benchmark
    public float[] torchGeneratorRandn(Torch state) {
        state.generator.normal(state.values, 0.0, 1.0);
        return state.values;
    }

    @Benchmark
    public Tensor libtorchRandn(Torch state) {
        return state.tensor.normal_(0.0, 1.0, null);
    }

    @Benchmark
    public float[] torchGeneratorRand(Torch state) {
        state.generator.uniform(state.values, 0.0, 1.0);
        return state.values;
    }

    @Benchmark
    public Tensor libtorchRand(Torch state) {
        return state.tensor.uniform_(0.0, 1.0, null);
    }

    @Benchmark
    public double[] numpyStandardNormal(Normals state) {
        state.numpy.standardNormal(state.values);
        return state.values;
    }

    @Benchmark
    public double[] commonsZiggurat(Normals state) {
        double[] out = state.values;
        for (int i = 0; i < out.length; i++) {
            out[i] = state.commons.sample();
        }
        return out;
    }
}
