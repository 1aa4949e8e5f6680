package org.seedeverything.parity.torch;

import java.util.Objects;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Nonlinearity;

/**
 * {@code torch.nn.init} and the default initialisation of common {@code torch.nn} modules, on a
 * {@link TorchGenerator}, with PyTorch's order of draws and order of floating-point operations. A model built layer
 * by layer here gets the tensors that {@code torch.manual_seed(s); nn.Sequential(...)} gets in Python:
 *
 * <pre>{@code
 * TorchGenerator g = new TorchGenerator(0);          // torch.manual_seed(0)
 * TorchInit.Layer fc1 = TorchInit.linear(g, 784, 256); // nn.Linear(784, 256)
 * TorchInit.Layer fc2 = TorchInit.linear(g, 256, 10);  // nn.Linear(256, 10)
 * }</pre>
 *
 * Tensors are row-major float32 arrays; shapes follow PyTorch ({@code (out, in)} for a Linear weight,
 * {@code (out, in, kh, kw)} for a Conv2d weight). Bounds and standard deviations are computed in double as Python
 * does, then narrowed by the sampling kernels. {@link #orthogonal} matches within a tolerance only (PyTorch
 * calls LAPACK). Not implemented: {@code trunc_normal_} (see {@code src/docs/parity.md}).
 *
 * @since 0.1
 */
public final class TorchInit {
    private TorchInit() {
    }

    /** Parameters of a layer: the weight and the bias ({@code null} where the module has none). */
    public record Layer(float[] weight, float[] bias) {
    }

    /** Parameters of a one-layer LSTM or GRU in {@code parameters()} order. */
    public record Recurrent(float[] weightIh, float[] weightHh, float[] biasIh, float[] biasHh) {
    }

    // --------------------------------------------------------------------------------------------- gains, fans

    /** {@code calculate_gain(nonlinearity)} (leaky ReLU with its default slope 0.01). */
    public static double calculateGain(Nonlinearity nonlinearity) {
        return calculateGain(nonlinearity, Double.NaN);
    }

    /** {@code calculate_gain(nonlinearity, param)}; {@code param} is the leaky-ReLU slope (NaN: the default 0.01). */
    public static double calculateGain(Nonlinearity nonlinearity, double param) {
        Objects.requireNonNull(nonlinearity, "nonlinearity");
        return switch (nonlinearity) {
            case LINEAR, CONV1D, CONV2D, CONV3D, CONV_TRANSPOSE1D, CONV_TRANSPOSE2D, CONV_TRANSPOSE3D, SIGMOID -> 1.0;
            case TANH -> 5.0 / 3;
            case RELU -> Math.sqrt(2.0);
            case LEAKY_RELU -> {
                double slope = Double.isNaN(param) ? 0.01 : param;
                yield Math.sqrt(2.0 / (1 + slope * slope));
            }
            case SELU -> 3.0 / 4;
        };
    }

    /** {@code _calculate_fan_in_and_fan_out}: {@code {fan_in, fan_out}} of a weight of at least two dimensions. */
    public static long[] fans(long[] shape) {
        Objects.requireNonNull(shape, "shape");
        if (shape.length < 2) {
            throw new IllegalArgumentException("Fan in and fan out can not be computed for a tensor with fewer than 2 "
                    + "dimensions, got shape of rank " + shape.length);
        }
        long receptive = 1;
        for (int i = 2; i < shape.length; i++) {
            receptive *= shape[i];
        }
        return new long[] {shape[1] * receptive, shape[0] * receptive};
    }

    private static void checkSize(float[] w, long[] shape) {
        long count = 1;
        for (long dimension : shape) {
            count *= dimension;
        }
        if (count != w.length) {
            throw new IllegalArgumentException("The tensor has " + w.length + " elements but its shape "
                    + java.util.Arrays.toString(shape) + " has " + count);
        }
    }

    // ------------------------------------------------------------------------------------------ plain fills

    /** {@code uniform_(w, a, b)}. */
    public static void uniform(TorchGenerator g, float[] w, double a, double b) {
        g.uniform(w, a, b);
    }

    /** {@code normal_(w, mean, std)} on a contiguous tensor. */
    public static void normal(TorchGenerator g, float[] w, double mean, double std) {
        g.normal(w, mean, std);
    }

    /** {@code constant_(w, value)}: no draws. */
    public static void constant(float[] w, double value) {
        java.util.Arrays.fill(w, (float) value);
    }

    /** {@code zeros_(w)}: no draws. */
    public static void zeros(float[] w) {
        constant(w, 0.0);
    }

    /** {@code ones_(w)}: no draws. */
    public static void ones(float[] w) {
        constant(w, 1.0);
    }

    /** {@code eye_(w)} for a {@code rows x cols} matrix: no draws. */
    public static void eye(float[] w, int rows, int cols) {
        checkSize(w, new long[] {rows, cols});
        java.util.Arrays.fill(w, 0f);
        for (int i = 0; i < Math.min(rows, cols); i++) {
            w[i * cols + i] = 1f;
        }
    }

    // ------------------------------------------------------------------------------------- xavier, kaiming

    /** {@code xavier_uniform_(w, gain)}: bound {@code sqrt(3) * gain * sqrt(2 / (fan_in + fan_out))}. */
    public static void xavierUniform(TorchGenerator g, float[] w, long[] shape, double gain) {
        checkSize(w, shape);
        long[] fans = fans(shape);
        double std = gain * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
        double a = Math.sqrt(3.0) * std;
        g.uniform(w, -a, a);
    }

    /** {@code xavier_normal_(w, gain)}. */
    public static void xavierNormal(TorchGenerator g, float[] w, long[] shape, double gain) {
        checkSize(w, shape);
        long[] fans = fans(shape);
        double std = gain * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
        g.normal(w, 0.0, std);
    }

    /**
     * {@code kaiming_uniform_(w, a, mode, nonlinearity)}: bound {@code sqrt(3) * (gain / sqrt(fan))} with
     * {@code gain = calculate_gain(nonlinearity, a)}.
     */
    public static void kaimingUniform(TorchGenerator g, float[] w, long[] shape, double a, FanMode mode,
            Nonlinearity nonlinearity) {
        double std = kaimingStd(w, shape, a, mode, nonlinearity);
        double bound = Math.sqrt(3.0) * std;
        g.uniform(w, -bound, bound);
    }

    /** {@code kaiming_normal_(w, a, mode, nonlinearity)}: {@code normal_(0, gain / sqrt(fan))}. */
    public static void kaimingNormal(TorchGenerator g, float[] w, long[] shape, double a, FanMode mode,
            Nonlinearity nonlinearity) {
        g.normal(w, 0.0, kaimingStd(w, shape, a, mode, nonlinearity));
    }

    private static double kaimingStd(float[] w, long[] shape, double a, FanMode mode, Nonlinearity nonlinearity) {
        checkSize(w, shape);
        Objects.requireNonNull(mode, "mode");
        long[] fans = fans(shape);
        long fan = mode == FanMode.FAN_IN ? fans[0] : fans[1];
        double gain = calculateGain(nonlinearity, a);
        return gain / Math.sqrt((double) fan);
    }

    /**
     * {@code orthogonal_(w, gain)}: normals drawn exactly as PyTorch draws them, then a QR factorisation with the
     * sign of R's diagonal folded into Q. PyTorch uses LAPACK for the QR, so the values agree within about 1e-5,
     * not bit for bit.
     */
    public static void orthogonal(TorchGenerator g, float[] w, long[] shape, double gain) {
        checkSize(w, shape);
        if (shape.length < 2) {
            throw new IllegalArgumentException("Only tensors with 2 or more dimensions are supported, got rank "
                    + shape.length);
        }
        int rows = (int) shape[0];
        int cols = w.length / rows;
        float[] flattened = new float[w.length];
        g.normal(flattened, 0.0, 1.0);
        boolean transpose = rows < cols;
        int m = transpose ? cols : rows;
        int n = transpose ? rows : cols;
        double[][] columns = new double[n][m];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = flattened[r * cols + c];
                if (transpose) {
                    columns[r][c] = v;
                } else {
                    columns[c][r] = v;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += columns[k][i] * columns[j][i];
                }
                for (int i = 0; i < m; i++) {
                    columns[j][i] -= dot * columns[k][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += columns[j][i] * columns[j][i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                columns[j][i] /= norm;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double q = transpose ? columns[r][c] : columns[c][r];
                w[r * cols + c] = (float) q * (float) gain;
            }
        }
    }

    // -------------------------------------------------------------------------------------- module defaults

    /** {@code nn.Linear(in, out)}: weight {@code (out, in)} by {@code kaiming_uniform_(a=sqrt(5))}, then the bias. */
    public static Layer linear(TorchGenerator g, int in, int out) {
        return weightAndBias(g, new long[] {out, in});
    }

    /** {@code nn.Conv1d(in, out, k)} (groups 1): weight {@code (out, in, k)}. */
    public static Layer conv1d(TorchGenerator g, int in, int out, int kernel) {
        return weightAndBias(g, new long[] {out, in, kernel});
    }

    /** {@code nn.Conv2d(in, out, k)} (groups 1, square kernel): weight {@code (out, in, k, k)}. */
    public static Layer conv2d(TorchGenerator g, int in, int out, int kernel) {
        return weightAndBias(g, new long[] {out, in, kernel, kernel});
    }

    /** {@code nn.Conv3d(in, out, k)} (groups 1, cubic kernel): weight {@code (out, in, k, k, k)}. */
    public static Layer conv3d(TorchGenerator g, int in, int out, int kernel) {
        return weightAndBias(g, new long[] {out, in, kernel, kernel, kernel});
    }

    private static Layer weightAndBias(TorchGenerator g, long[] shape) {
        long count = 1;
        for (long dimension : shape) {
            if (dimension <= 0) {
                throw new IllegalArgumentException("Layer sizes must be positive, got shape "
                        + java.util.Arrays.toString(shape));
            }
            count *= dimension;
        }
        float[] weight = new float[Math.toIntExact(count)];
        kaimingUniform(g, weight, shape, Math.sqrt(5), FanMode.FAN_IN, Nonlinearity.LEAKY_RELU);
        float[] bias = new float[(int) shape[0]];
        double bound = 1 / Math.sqrt((double) fans(shape)[0]);
        g.uniform(bias, -bound, bound);
        return new Layer(weight, bias);
    }

    /** {@code nn.Embedding(num, dim)}: {@code normal_(0, 1)} over {@code (num, dim)}. */
    public static Layer embedding(TorchGenerator g, int num, int dim) {
        float[] weight = new float[Math.multiplyExact(num, dim)];
        g.normal(weight, 0.0, 1.0);
        return new Layer(weight, null);
    }

    /**
     * {@code nn.Embedding(num, dim, padding_idx=paddingIdx)}: the same draws, then the padding row zeroed (a negative
     * index counts from the end, as in PyTorch).
     */
    public static Layer embedding(TorchGenerator g, int num, int dim, int paddingIdx) {
        if (paddingIdx >= num || paddingIdx < -num) {
            throw new IllegalArgumentException("padding_idx must be within num_embeddings (" + num + "), got "
                    + paddingIdx);
        }
        Layer layer = embedding(g, num, dim);
        int row = paddingIdx < 0 ? num + paddingIdx : paddingIdx;
        java.util.Arrays.fill(layer.weight(), row * dim, (row + 1) * dim, 0f);
        return layer;
    }

    /** {@code nn.LayerNorm(features)}: weight ones, bias zeros; no draws. */
    public static Layer layerNorm(int features) {
        float[] weight = new float[features];
        ones(weight);
        return new Layer(weight, new float[features]);
    }

    /** {@code nn.BatchNorm1d/2d/3d(features)}: weight ones, bias zeros (running stats 0 and 1); no draws. */
    public static Layer batchNorm(int features) {
        return layerNorm(features);
    }

    /** {@code nn.LSTM(input, hidden)} (one layer): every parameter {@code uniform_(-1/sqrt(hidden), 1/sqrt(hidden))}. */
    public static Recurrent lstm(TorchGenerator g, int input, int hidden) {
        return recurrent(g, input, hidden, 4);
    }

    /** {@code nn.GRU(input, hidden)} (one layer): every parameter {@code uniform_(-1/sqrt(hidden), 1/sqrt(hidden))}. */
    public static Recurrent gru(TorchGenerator g, int input, int hidden) {
        return recurrent(g, input, hidden, 3);
    }

    private static Recurrent recurrent(TorchGenerator g, int input, int hidden, int gates) {
        if (input <= 0 || hidden <= 0) {
            throw new IllegalArgumentException("input and hidden sizes must be positive, got " + input + " and "
                    + hidden);
        }
        double stdv = 1.0 / Math.sqrt(hidden);
        float[] weightIh = new float[gates * hidden * input];
        float[] weightHh = new float[gates * hidden * hidden];
        float[] biasIh = new float[gates * hidden];
        float[] biasHh = new float[gates * hidden];
        for (float[] parameter : new float[][] {weightIh, weightHh, biasIh, biasHh}) {
            g.uniform(parameter, -stdv, stdv);
        }
        return new Recurrent(weightIh, weightHh, biasIh, biasHh);
    }
}
