package org.seedeverything.parity.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seedeverything.parity.GoldenFile;
import org.seedeverything.parity.GoldenFile.Case;

/**
 * Every case of the golden files made by {@code scripts/parity_vectors.py} from Debian's PyTorch 1.13.1, once with
 * {@code ATEN_CPU_CAPABILITY=default} and once with {@code avx2}, replayed with {@link TorchGenerator} and
 * {@link TorchInit} in the same capability and the 1.13 release line.
 */
class TorchGoldenVectorsTest {

    @TestFactory
    Stream<DynamicTest> defaultCapabilityMatchesPytorch113() {
        return tests("torch-1.13-default.tsv", CpuCapability.DEFAULT);
    }

    @TestFactory
    Stream<DynamicTest> avx2CapabilityMatchesPytorch113() {
        return tests("torch-1.13-avx2.tsv", CpuCapability.AVX2);
    }

    private static Stream<DynamicTest> tests(String resource, CpuCapability capability) {
        List<Case> cases = GoldenFile.read(resource);
        for (Case c : cases) {
            if (!TorchCases.handles(c.fields()[0]) && !TorchCases.NOT_PORTED.contains(c.fields()[0])) {
                throw new IllegalStateException("golden case without a replay: " + c.name());
            }
        }
        return cases.stream().filter(c -> TorchCases.handles(c.fields()[0]))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> TorchCases.check(c, capability)));
    }

    /** Replays one golden case. */
    static final class TorchCases {
        private static final List<String> OPS = List.of("initial_seed", "rand", "rand64", "randn", "randn64",
                "randn64_values", "uniform", "uniform64", "normal", "normal64", "normal_noncontiguous", "randint",
                "randperm", "bernoulli", "dropout", "sequence", "state", "after_set_state");

        private TorchCases() {
        }

        /** Recorded in the golden files but not ported (src/docs/parity.md says why). */
        static final List<String> NOT_PORTED = List.of("trunc_normal");

        static boolean handles(String op) {
            return OPS.contains(op) || TorchInitCases.handles(op);
        }

        static TorchGenerator generator(String seed, CpuCapability capability) {
            return new TorchGenerator(GoldenFile.parseLong(seed), capability, TorchRelease.V1_13);
        }

        static void check(Case c, CpuCapability capability) {
            String[] f = c.fields();
            if (TorchInitCases.handles(f[0])) {
                TorchInitCases.check(c, capability);
                return;
            }
            TorchGenerator g = generator(f[1], capability);
            switch (f[0]) {
                case "initial_seed" -> GoldenFile.assertLongs(c, new long[] {g.initialSeed()});
                case "rand" -> GoldenFile.assertFloats(c, g.rand(Integer.parseInt(f[2])));
                case "rand64" -> GoldenFile.assertDoubles(c, g.randDouble(Integer.parseInt(f[2])));
                case "randn" -> GoldenFile.assertFloats(c, g.randn(Integer.parseInt(f[2])));
                case "randn64", "randn64_values" -> GoldenFile.assertDoubles(c, g.randnDouble(Integer.parseInt(f[2])));
                case "uniform" -> {
                    float[] t = new float[Integer.parseInt(f[2])];
                    g.uniform(t, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                    GoldenFile.assertFloats(c, t);
                }
                case "uniform64" -> {
                    double[] t = new double[Integer.parseInt(f[2])];
                    g.uniform(t, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                    GoldenFile.assertDoubles(c, t);
                }
                case "normal" -> {
                    float[] t = new float[Integer.parseInt(f[2])];
                    g.normal(t, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                    GoldenFile.assertFloats(c, t);
                }
                case "normal64" -> {
                    double[] t = new double[Integer.parseInt(f[2])];
                    g.normal(t, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                    GoldenFile.assertDoubles(c, t);
                }
                case "sequence" -> GoldenFile.assertDoubles(c, sequence(g));
                case "normal_noncontiguous" -> {
                    float[] t = new float[Integer.parseInt(f[2])];
                    g.normalNonContiguous(t, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                    GoldenFile.assertFloats(c, t);
                }
                case "randint" -> GoldenFile.assertLongs(c, g.randint(Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Integer.parseInt(f[2])));
                case "randperm" -> GoldenFile.assertLongs(c, g.randperm(Integer.parseInt(f[2])));
                case "bernoulli" -> GoldenFile.assertBooleans(c, g.bernoulli(Integer.parseInt(f[2]),
                        Double.parseDouble(f[3])));
                case "dropout" -> GoldenFile.assertBooleans(c, g.dropoutMask(Integer.parseInt(f[2]),
                        Double.parseDouble(f[3])));
                case "state" -> {
                    advance(g, f[2]);
                    assertEquals(c.payload(), HexFormat.of().formatHex(g.getState()), c.name());
                }
                case "after_set_state" -> {
                    TorchGenerator source = generator(f[1], capability);
                    advance(source, f[2]);
                    TorchGenerator restored = new TorchGenerator(12345, capability, TorchRelease.V1_13);
                    restored.setState(source.getState());
                    List<Double> values = new ArrayList<>();
                    values.add(restored.randnDouble(1)[0]);
                    for (float v : restored.rand(3)) {
                        values.add((double) v);
                    }
                    GoldenFile.assertDoubles(c, values.stream().mapToDouble(Double::doubleValue).toArray());
                }
                default -> throw new IllegalArgumentException("unknown op " + f[0]);
            }
        }

        private static void advance(TorchGenerator g, String after) {
            switch (after) {
                case "fresh" -> { }
                case "randn3" -> g.randn(3);
                case "rand700" -> g.rand(700);
                default -> throw new IllegalArgumentException(after);
            }
        }

        private static double[] sequence(TorchGenerator g) {
            List<Double> out = new ArrayList<>();
            for (float v : g.randn(3)) {
                out.add((double) v);
            }
            out.add(g.randnDouble(1)[0]);
            for (float v : g.rand(2)) {
                out.add((double) v);
            }
            for (float v : g.randn(5)) {
                out.add((double) v);
            }
            for (long v : g.randint(0, 10, 3)) {
                out.add((double) v);
            }
            for (float v : g.randn(20)) {
                out.add((double) v);
            }
            out.add(g.randnDouble(1)[0]);
            for (double v : g.randnDouble(7)) {
                out.add(v);
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
