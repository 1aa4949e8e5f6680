package org.seedeverything.dl4j;

import java.util.Objects;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.Seeds;
import org.seedeverything.dl4j.internal.InitBackedWeightInit;
import org.seedeverything.init.Dl4jWeightInit;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/**
 * DL4J weight initialisers backed by the core's {@link Init}: the same values as {@code Init} (and as PyTorch's
 * {@code torch.nn.init} schemes it mirrors) for the same seed, on any thread count and whatever ND4J's generator
 * state. Each takes a parameter name and draws its seed from {@code Seeds.derive(name)} when it is created (so
 * create it after {@code Seeds.everything}); the seed is stored in the configuration.
 *
 * <pre>{@code
 * Seeds.everything(2021);
 * new DenseLayer.Builder().nIn(784).nOut(256)
 *         .weightInit(Dl4jWeightInits.pytorchDefault("layer1.weight"))   // what nn.Linear(784, 256) does
 *         .build();
 * network.init();
 * Dl4jWeightInits.pytorchDefaultBias(network.getParam("0_b"), "layer1.bias", 784);   // nn.Linear's bias, after init()
 * }</pre>
 *
 * <h2>Layout</h2>
 * DL4J's dense weight is {@code [nIn, nOut]} in 'f' order, PyTorch's {@code [out, in]} in C order: the same bytes.
 * DL4J's {@code W(i, o)} equals {@code Init}'s value at index {@code o * nIn + i} of the shape {@code [nOut, nIn]},
 * i.e. PyTorch's {@code weight[o][i]}. Convolution weights are C-order {@code [out, in, kH, kW]} in both. DL4J
 * initialises biases with a constant ({@code biasInit}), never through an {@code IWeightInit}: fill them after
 * {@code init()} with {@link #pytorchDefaultBias(INDArray, String, long)}.
 *
 * @since 0.1
 */
public final class Dl4jWeightInits {
    private Dl4jWeightInits() {
    }

    /** What {@code nn.Linear} and {@code nn.ConvNd} do to their weight: {@code kaiming_uniform_(w, a=sqrt(5))}. */
    public static IWeightInit pytorchDefault(String name) {
        return kaimingUniform(name, Math.sqrt(5), FanMode.FAN_IN, Nonlinearity.LEAKY_RELU);
    }

    /** {@code kaiming_uniform_(w, a, mode, nonlinearity)}. */
    public static IWeightInit kaimingUniform(String name, double a, FanMode mode, Nonlinearity nonlinearity) {
        return InitBackedWeightInit.kaiming(true, seed(name), a, mode, nonlinearity);
    }

    /** {@code kaiming_normal_(w, a, mode, nonlinearity)}; He initialisation for ReLU: a = 0, FAN_IN, RELU. */
    public static IWeightInit kaimingNormal(String name, double a, FanMode mode, Nonlinearity nonlinearity) {
        return InitBackedWeightInit.kaiming(false, seed(name), a, mode, nonlinearity);
    }

    /** {@code xavier_uniform_(w, gain)}. */
    public static IWeightInit xavierUniform(String name, double gain) {
        return InitBackedWeightInit.xavier(true, seed(name), gain);
    }

    /** {@code xavier_normal_(w, gain)}. */
    public static IWeightInit xavierNormal(String name, double gain) {
        return InitBackedWeightInit.xavier(false, seed(name), gain);
    }

    /** DL4J's own {@code scheme} (its definition, its fans), drawn by the core instead of ND4J's generator. */
    public static IWeightInit dl4j(Dl4jWeightInit scheme, String name) {
        return InitBackedWeightInit.dl4j(scheme, seed(name));
    }

    /**
     * Fills {@code bias} in place as {@code nn.Linear} does: uniform in +-{@code 1 / sqrt(fanIn)}, seeded from
     * {@code Seeds.derive(name)}; equal to {@code Init.pytorchDefaultBias} with that seed.
     */
    public static void pytorchDefaultBias(INDArray bias, String name, long fanIn) {
        Objects.requireNonNull(bias, "bias");
        long[] shape = {bias.length()};
        long seed = seed(name);
        INDArray values;
        if (bias.dataType() == DataType.DOUBLE) {
            double[] filled = new double[Math.toIntExact(bias.length())];
            Init.pytorchDefaultBias(filled, shape, seed, fanIn);
            values = Nd4j.createFromArray(filled);
        } else {
            float[] filled = new float[Math.toIntExact(bias.length())];
            Init.pytorchDefaultBias(filled, shape, seed, fanIn);
            values = Nd4j.createFromArray(filled);
        }
        bias.assign(values.reshape(bias.shape()));
    }

    private static long seed(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Parameter name '" + name + "' is empty; name the parameter, e.g."
                    + " \"layer1.weight\", so it gets its own seed");
        }
        return Seeds.derive(name);
    }
}
