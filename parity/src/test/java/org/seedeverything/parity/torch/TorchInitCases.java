package org.seedeverything.parity.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Nonlinearity;
import org.seedeverything.parity.GoldenFile;
import org.seedeverything.parity.GoldenFile.Case;

/** Replays the {@code torch.nn.init} and module cases of the golden files. */
final class TorchInitCases {
    private static final List<String> OPS = List.of("gain", "kaiming_uniform", "kaiming_normal", "xavier_uniform",
            "xavier_normal", "linear", "sequential_mlp", "batchnorm_then_linear", "conv1d", "conv2d", "conv3d",
            "embedding", "lstm", "gru", "orthogonal");

    private TorchInitCases() {
    }

    static boolean handles(String op) {
        return OPS.contains(op);
    }

    static void check(Case c, CpuCapability capability) {
        String[] f = c.fields();
        if (f[0].equals("gain")) {
            Nonlinearity nonlinearity = Nonlinearity.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
            double gain = f[2].equals("None") ? TorchInit.calculateGain(nonlinearity)
                    : TorchInit.calculateGain(nonlinearity, Double.parseDouble(f[2]));
            GoldenFile.assertDoubles(c, new double[] {gain});
            return;
        }
        TorchGenerator g = TorchGoldenVectorsTest.TorchCases.generator(f[1], capability);
        switch (f[0]) {
            case "kaiming_uniform", "kaiming_normal" -> {
                long[] shape = shape(f[2]);
                float[] w = new float[count(shape)];
                FanMode mode = f[4].equals("fan_in") ? FanMode.FAN_IN : FanMode.FAN_OUT;
                Nonlinearity nonlinearity = Nonlinearity.valueOf(f[5].toUpperCase(java.util.Locale.ROOT));
                if (f[0].equals("kaiming_uniform")) {
                    TorchInit.kaimingUniform(g, w, shape, Double.parseDouble(f[3]), mode, nonlinearity);
                } else {
                    TorchInit.kaimingNormal(g, w, shape, Double.parseDouble(f[3]), mode, nonlinearity);
                }
                GoldenFile.assertFloats(c, w);
            }
            case "xavier_uniform", "xavier_normal" -> {
                long[] shape = shape(f[2]);
                float[] w = new float[count(shape)];
                if (f[0].equals("xavier_uniform")) {
                    TorchInit.xavierUniform(g, w, shape, Double.parseDouble(f[3]));
                } else {
                    TorchInit.xavierNormal(g, w, shape, Double.parseDouble(f[3]));
                }
                GoldenFile.assertFloats(c, w);
            }
            case "linear" -> GoldenFile.assertFloats(c, concat(TorchInit.linear(g, Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]))));
            case "sequential_mlp" -> {
                TorchInit.Layer fc1 = TorchInit.linear(g, 784, 256);
                TorchInit.Layer norm = TorchInit.layerNorm(256);
                TorchInit.Layer fc2 = TorchInit.linear(g, 256, 10);
                GoldenFile.assertFloats(c, concat(fc1, norm, fc2));
            }
            case "batchnorm_then_linear" -> {
                TorchInit.batchNorm(5);
                GoldenFile.assertFloats(c, concat(TorchInit.linear(g, 4, 3)));
            }
            case "conv1d" -> GoldenFile.assertFloats(c, concat(TorchInit.conv1d(g, 3, 5, 4)));
            case "conv2d" -> GoldenFile.assertFloats(c, concat(TorchInit.conv2d(g, 3, 8, 3)));
            case "conv3d" -> GoldenFile.assertFloats(c, concat(TorchInit.conv3d(g, 2, 4, 3)));
            case "embedding" -> {
                int num = Integer.parseInt(f[2]);
                int dim = Integer.parseInt(f[3]);
                TorchInit.Layer layer = f[4].equals("None") ? TorchInit.embedding(g, num, dim)
                        : TorchInit.embedding(g, num, dim, Integer.parseInt(f[4]));
                GoldenFile.assertFloats(c, layer.weight());
            }
            case "lstm", "gru" -> {
                TorchInit.Recurrent r = f[0].equals("lstm")
                        ? TorchInit.lstm(g, Integer.parseInt(f[2]), Integer.parseInt(f[3]))
                        : TorchInit.gru(g, Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                GoldenFile.assertFloats(c, concat(r.weightIh(), r.weightHh(), r.biasIh(), r.biasHh()));
            }
            case "orthogonal" -> {
                long[] shape = {Long.parseLong(f[2]), Long.parseLong(f[3])};
                float[] w = new float[count(shape)];
                TorchInit.orthogonal(g, w, shape, Double.parseDouble(f[4]));
                assertEquals("f32", c.kind());
                String[] expected = c.payload().split(",");
                for (int i = 0; i < w.length; i++) {
                    float want = Float.intBitsToFloat(Integer.parseUnsignedInt(expected[i], 16));
                    int index = i;
                    assertTrue(Math.abs(want - w[i]) <= 2e-5, () -> c.name() + " element " + index + ": PyTorch "
                            + want + ", Java " + w[index] + " (LAPACK QR: tolerance 2e-5)");
                }
            }
            default -> throw new IllegalArgumentException("unknown op " + f[0]);
        }
    }

    private static long[] shape(String text) {
        return Arrays.stream(text.split("x")).mapToLong(Long::parseLong).toArray();
    }

    private static int count(long[] shape) {
        return (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    private static float[] concat(TorchInit.Layer... layers) {
        float[][] parts = new float[2 * layers.length][];
        for (int i = 0; i < layers.length; i++) {
            parts[2 * i] = layers[i].weight();
            parts[2 * i + 1] = layers[i].bias() == null ? new float[0] : layers[i].bias();
        }
        return concat(parts);
    }

    private static float[] concat(float[]... parts) {
        int total = 0;
        for (float[] part : parts) {
            total += part.length;
        }
        float[] out = new float[total];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
