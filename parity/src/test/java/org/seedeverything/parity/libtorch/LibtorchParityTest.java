package org.seedeverything.parity.libtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.seedeverything.verify.internal.ChildProcesses;
import org.seedeverything.parity.torch.CpuCapability;
import org.seedeverything.parity.torch.TorchGenerator;
import org.seedeverything.parity.torch.TorchInit;
import org.seedeverything.parity.torch.TorchRelease;

/**
 * {@link TorchGenerator} against the real libtorch 2.10.0 (org.bytedeco:pytorch 2.10.0-1.5.13, loaded in this JVM),
 * in the CPU capability libtorch dispatches to on this machine: randomized seeds, sizes, bounds and operations,
 * compared bit for bit. Heavy (loads libtorch): skipped with {@code -Dseeds.heavy.skip=true}.
 */
@DisabledIfSystemProperty(named = "seeds.heavy.skip", matches = "true")
class LibtorchParityTest {
    /** Fixed so a failure reproduces; printed with every trial. */
    private static final long TRIALS_SEED = 0x5eed_2026_0014L;
    private static final int TRIALS = 400;
    private static CpuCapability capability;

    @BeforeAll
    static void loadLibtorch() throws java.io.IOException {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("libtorch-warm-up");
        ChildProcesses.Outcome warmUp = ChildProcesses.run(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ErrorFile=" + directory.resolve("hs_err_%p.log"), "-cp",
                System.getProperty("java.class.path"), LibtorchWarmUp.class.getName()), directory, Map.of(),
                Duration.ofMinutes(3), false);
        System.out.println("libtorch warm-up child exited with " + warmUp.exitCode() + " (a crash there is tolerated)");
        torch.set_num_threads(1);
        String dispatched = torch.get_cpu_capability().getString();
        capability = dispatched.toUpperCase(Locale.ROOT).startsWith("AVX") ? CpuCapability.AVX2 : CpuCapability.DEFAULT;
        System.out.println("libtorch 2.10.0 (JavaCPP 1.5.13) dispatches to CPU capability " + dispatched
                + "; comparing with TorchGenerator capability " + capability + ", release line " + TorchRelease.V2_7);
    }

    private static float[] floats(Tensor t) {
        Tensor c = t.contiguous();
        float[] out = new float[(int) c.numel()];
        c.data_ptr_float().get(out);
        return out;
    }

    private static double[] doubles(Tensor t) {
        Tensor c = t.contiguous();
        double[] out = new double[(int) c.numel()];
        c.data_ptr_double().get(out);
        return out;
    }

    private static long[] longs(Tensor t) {
        Tensor c = t.contiguous();
        long[] out = new long[(int) c.numel()];
        c.data_ptr_long().get(out);
        return out;
    }

    private static TensorOptions dtype(torch.ScalarType type) {
        return new TensorOptions(type);
    }

    @Test
    void randomizedOperationsMatchLibtorchBitForBit() {
        SplittableRandom random = new SplittableRandom(TRIALS_SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            long seed = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(1 << 20);
            int[] sizes = {1, 2, 15, 16, 17, 31, 100, 1 + random.nextInt(5000)};
            int n = sizes[random.nextInt(sizes.length)];
            int op = random.nextInt(10);
            String label = "trial " + trial + " (trials seed " + TRIALS_SEED + "): op " + op + ", seed " + seed
                    + ", n " + n;
            torch.manual_seed(seed);
            TorchGenerator g = new TorchGenerator(seed, capability, TorchRelease.V2_7);
            switch (op) {
                case 0 -> assertArrayEquals(floats(torch.rand(n)), g.rand(n), label);
                case 1 -> assertArrayEquals(doubles(torch.rand(new long[] {n}, dtype(torch.ScalarType.Double))),
                        g.randDouble(n), label);
                case 2 -> assertArrayEquals(floats(torch.randn(n)), g.randn(n), label);
                case 3 -> assertArrayEquals(doubles(torch.randn(new long[] {n}, dtype(torch.ScalarType.Double))),
                        g.randnDouble(n), label);
                case 4 -> {
                    double from = random.nextDouble(-3, 1);
                    double to = from + random.nextDouble(0.001, 5);
                    float[] t = new float[n];
                    g.uniform(t, from, to);
                    assertArrayEquals(floats(torch.empty(n).uniform_(from, to, null)), t, label + " uniform("
                            + from + ", " + to + ")");
                }
                case 5 -> {
                    double mean = random.nextDouble(-2, 2);
                    double std = random.nextDouble(0.01, 3);
                    float[] t = new float[n];
                    g.normal(t, mean, std);
                    assertArrayEquals(floats(torch.empty(n).normal_(mean, std, null)), t, label + " normal(" + mean
                            + ", " + std + ")");
                }
                case 6 -> {
                    double mean = random.nextDouble(-2, 2);
                    double std = random.nextDouble(0.01, 3);
                    double[] t = new double[n];
                    g.normal(t, mean, std);
                    assertArrayEquals(doubles(torch.empty(new long[] {n}, dtype(torch.ScalarType.Double), null)
                            .normal_(mean, std, null)), t, label + " normal64(" + mean + ", " + std + ")");
                }
                case 7 -> {
                    long low = random.nextLong(-1000, 1000);
                    long[] spans = {2, 10, 1000, (1L << 28) + 3, 1L << 31, (1L << 33) + 5};
                    long high = low + spans[random.nextInt(spans.length)];
                    assertArrayEquals(longs(torch.randint(low, high, new long[] {n}, dtype(torch.ScalarType.Long))), g.randint(low, high, n), label
                            + " randint(" + low + ", " + high + ")");
                }
                case 8 -> assertArrayEquals(longs(torch.randperm(n)), g.randperm(n), label);
                default -> {
                    Tensor expected = torch.empty(n).bernoulli_(0.3, null);
                    float[] flags = floats(expected);
                    boolean[] actual = g.bernoulli(n, 0.3);
                    for (int i = 0; i < n; i++) {
                        assertEquals(flags[i] != 0f, actual[i], label + " bernoulli element " + i);
                    }
                }
            }
        }
    }

    @Test
    void elementWiseNormalCacheAndStateLayoutMatchLibtorch() {
        torch.manual_seed(2021);
        TorchGenerator g = new TorchGenerator(2021, capability, TorchRelease.V2_7);
        assertArrayEquals(floats(torch.randn(3)), g.randn(3), "randn(3) leaves a cached normal");
        assertArrayEquals(floats(torch.rand(5)), g.rand(5), "other draws keep the cache");
        assertArrayEquals(doubles(torch.randn(new long[] {1}, dtype(torch.ScalarType.Double))), g.randnDouble(1),
                "the cached normal comes back");
        byte[] libtorchState = new byte[TorchGenerator.STATE_BYTES];
        Tensor state = torch.getDefaultCPUGenerator().get_state();
        state.data_ptr_byte().get(libtorchState);
        assertArrayEquals(libtorchState, g.getState(), "get_rng_state() bytes");
    }

    @Test
    void moduleDefaultsMatchLibtorchsLinear() {
        torch.manual_seed(7);
        org.bytedeco.pytorch.LinearImpl linear = new org.bytedeco.pytorch.LinearImpl(300, 20);
        TorchInit.Layer java = TorchInit.linear(new TorchGenerator(7, capability, TorchRelease.V2_7), 300, 20);
        assertArrayEquals(floats(linear.weight()), java.weight(), "torch::nn::Linear(300, 20) weight");
        assertArrayEquals(floats(linear.bias()), java.bias(), "torch::nn::Linear(300, 20) bias");
    }
}
