package org.seedeverything.dl4j.internal;

import java.util.Arrays;
import java.util.Objects;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.init.Dl4jWeightInit;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/**
 * A DL4J {@link IWeightInit} that fills a layer's weights with the core's {@link Init}: the values are a function of
 * the seed and the element index only, whatever the thread count or ND4J's generator state.
 *
 * <h2>Layout</h2>
 * DL4J stores a dense weight as {@code [nIn, nOut]} in 'f' order; PyTorch as {@code [out, in]} in C order. The two
 * have the same bytes: element (i, o) of the first lies where element (o, i) of the second does. So an 'f'-order
 * weight of shape {@code [d0, d1, ...]} is filled as the C-order PyTorch tensor of the reversed shape, and a
 * C-order one (convolutions: {@code [out, in, kH, kW]}, as in PyTorch) as that shape itself. PyTorch schemes take
 * their fans from that shape, as {@code torch.nn.init} does; DL4J schemes use the fans DL4J passes.
 *
 * <p>Fields are plain and the no-argument constructor exists for DL4J's JSON configuration format.
 */
public final class InitBackedWeightInit implements IWeightInit {
    private static final long serialVersionUID = 1L;

    /** The {@code torch.nn.init} function, or DL4J's scheme. */
    public enum Scheme { KAIMING_UNIFORM, KAIMING_NORMAL, XAVIER_UNIFORM, XAVIER_NORMAL, DL4J }

    private Scheme scheme;
    private long seed;
    /** Kaiming: the negative slope {@code a}; Xavier: the gain. */
    private double parameter;
    private FanMode fanMode;
    private Nonlinearity nonlinearity;
    private Dl4jWeightInit dl4jScheme;

    private InitBackedWeightInit() {
    }

    private InitBackedWeightInit(Scheme scheme, long seed, double parameter, FanMode fanMode,
                                 Nonlinearity nonlinearity, Dl4jWeightInit dl4jScheme) {
        this.scheme = scheme;
        this.seed = seed;
        this.parameter = parameter;
        this.fanMode = fanMode;
        this.nonlinearity = nonlinearity;
        this.dl4jScheme = dl4jScheme;
    }

    /** {@code kaiming_uniform_} or {@code kaiming_normal_} with slope {@code a}. */
    public static InitBackedWeightInit kaiming(boolean uniform, long seed, double a, FanMode mode,
                                               Nonlinearity nonlinearity) {
        return new InitBackedWeightInit(uniform ? Scheme.KAIMING_UNIFORM : Scheme.KAIMING_NORMAL, seed, a,
                Objects.requireNonNull(mode, "mode"), Objects.requireNonNull(nonlinearity, "nonlinearity"), null);
    }

    /** {@code xavier_uniform_} or {@code xavier_normal_} with {@code gain}. */
    public static InitBackedWeightInit xavier(boolean uniform, long seed, double gain) {
        return new InitBackedWeightInit(uniform ? Scheme.XAVIER_UNIFORM : Scheme.XAVIER_NORMAL, seed, gain, null,
                null, null);
    }

    /** DL4J's own {@code scheme}, drawn by the core. */
    public static InitBackedWeightInit dl4j(Dl4jWeightInit scheme, long seed) {
        return new InitBackedWeightInit(Scheme.DL4J, seed, 0, null, null, Objects.requireNonNull(scheme, "scheme"));
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        long[] torchShape = order == 'f' ? reversed(shape) : shape.clone();
        long length = paramView.length();
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("A weight of " + length + " elements (shape " + Arrays.toString(shape)
                    + ") does not fit a Java array; split the layer");
        }
        INDArray values;
        if (paramView.dataType() == DataType.DOUBLE) {
            double[] filled = new double[(int) length];
            fill(filled, null, torchShape, (long) fanIn, (long) fanOut);
            values = Nd4j.createFromArray(filled);
        } else {
            float[] filled = new float[(int) length];
            fill(null, filled, torchShape, (long) fanIn, (long) fanOut);
            values = Nd4j.createFromArray(filled);
        }
        paramView.assign(values.reshape(paramView.shape()));
        return paramView.reshape(order, shape);
    }

    private void fill(double[] doubles, float[] floats, long[] torchShape, long fanIn, long fanOut) {
        switch (scheme) {
            case KAIMING_UNIFORM -> {
                if (floats != null) {
                    Init.kaimingUniform(floats, torchShape, seed, parameter, fanMode, nonlinearity);
                } else {
                    Init.kaimingUniform(doubles, torchShape, seed, parameter, fanMode, nonlinearity);
                }
            }
            case KAIMING_NORMAL -> {
                if (floats != null) {
                    Init.kaimingNormal(floats, torchShape, seed, parameter, fanMode, nonlinearity);
                } else {
                    Init.kaimingNormal(doubles, torchShape, seed, parameter, fanMode, nonlinearity);
                }
            }
            case XAVIER_UNIFORM -> {
                if (floats != null) {
                    Init.xavierUniform(floats, torchShape, seed, parameter);
                } else {
                    Init.xavierUniform(doubles, torchShape, seed, parameter);
                }
            }
            case XAVIER_NORMAL -> {
                if (floats != null) {
                    Init.xavierNormal(floats, torchShape, seed, parameter);
                } else {
                    Init.xavierNormal(doubles, torchShape, seed, parameter);
                }
            }
            case DL4J -> {
                if (floats != null) {
                    Init.dl4j(floats, torchShape, seed, dl4jScheme, fanIn, fanOut);
                } else {
                    Init.dl4j(doubles, torchShape, seed, dl4jScheme, fanIn, fanOut);
                }
            }
        }
    }

    private static long[] reversed(long[] shape) {
        long[] result = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            result[i] = shape[shape.length - 1 - i];
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InitBackedWeightInit that && scheme == that.scheme && seed == that.seed
                && Double.compare(parameter, that.parameter) == 0 && fanMode == that.fanMode
                && nonlinearity == that.nonlinearity && dl4jScheme == that.dl4jScheme;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, seed, parameter, fanMode, nonlinearity, dl4jScheme);
    }

    @Override
    public String toString() {
        return "InitBackedWeightInit(" + scheme + (dl4jScheme != null ? " " + dl4jScheme : "") + ", seed " + seed
                + (scheme == Scheme.DL4J ? "" : ", " + (fanMode != null ? "a " : "gain ") + parameter)
                + (fanMode != null ? ", " + fanMode + ", " + nonlinearity : "") + ")";
    }
}
