package org.seedeverything.init;

import java.util.Arrays;
import org.seedeverything.Seeds;
import org.seedeverything.internal.Echo;
import org.seedeverything.init.internal.BlockFill;
import org.seedeverything.init.internal.Orthogonalization;

/**
 * PyTorch's {@code torch.nn.init} catalogue, reproducible bit for bit on any thread count.
 *
 * <pre>{@code
 * Seeds.everything(2021);
 * long[] shape = {256, 784};                             // PyTorch layout: [out, in, kernel...]
 * float[] w1 = new float[256 * 784];
 * Init.kaimingNormal(w1, shape, "layer1.weight", 0, FanMode.FAN_IN, Nonlinearity.RELU);
 * Init.pytorchDefaultWeight(w2, shape2, Seeds.derive("layer2.weight"));   // what nn.Linear does
 * }</pre>
 *
 * <h2>Seeding</h2>
 * Every random initialiser takes either an explicit {@code long seed} or a parameter name; a name draws its seed
 * from {@link Seeds#derive(String, long...)}, so each parameter has its own stream and adding a layer never changes
 * the others. The values are a pure function of (seed, element index): see {@code src/docs/init.md} for the block
 * scheme, the generator (xoshiro256++) and the documented conversions to uniform and normal values.
 *
 * <h2>Threads</h2>
 * Large fills run on {@link #parallelism()} threads. The thread count changes only the speed, never a value.
 *
 * <h2>Semantics</h2>
 * Shapes follow PyTorch ({@code [out, in, kernel...]}, see {@link Fans}); defaults of {@code torch.nn.init} are
 * not repeated here: pass {@code gain = 1}, {@code a = 0}, {@link FanMode#FAN_IN} and
 * {@link Nonlinearity#LEAKY_RELU} to get PyTorch's Kaiming defaults. Uniform values lie in [low, high) before
 * rounding to float; a float result may round to {@code high}.
 *
 * <h2>Stability across releases</h2>
 * The values for a given seed are pinned by golden vectors from an independent Python implementation and will not
 * change in later releases.
 *
 * @since 0.1
 */
public final class Init {
    /** System property with the default thread count of large fills: {@value}. */
    public static final String THREADS_PROPERTY = "seeds.init.threads";

    private static volatile int parallelism = defaultParallelism();

    private Init() {
    }

    // ---------------------------------------------------------------- gains, fans, expected standard deviations

    /** {@code calculate_gain(nonlinearity)}: as {@link #calculateGain(Nonlinearity, double)} with slope 0.01. */
    public static double calculateGain(Nonlinearity nonlinearity) {
        return calculateGain(nonlinearity, 0.01);
    }

    /**
     * PyTorch's {@code calculate_gain(nonlinearity, param)}: 1 for linear, convolutions and sigmoid, 5/3 for tanh,
     * sqrt(2) for ReLU, sqrt(2 / (1 + param^2)) for leaky ReLU with negative slope {@code param}, 3/4 for SELU.
     * {@code param} is used only by {@link Nonlinearity#LEAKY_RELU}.
     */
    public static double calculateGain(Nonlinearity nonlinearity, double param) {
        if (nonlinearity == null) {
            throw new IllegalArgumentException("The nonlinearity is null; pass e.g. Nonlinearity.RELU");
        }
        return switch (nonlinearity) {
            case LINEAR, CONV1D, CONV2D, CONV3D, CONV_TRANSPOSE1D, CONV_TRANSPOSE2D, CONV_TRANSPOSE3D, SIGMOID -> 1.0;
            case TANH -> 5.0 / 3;
            case RELU -> Math.sqrt(2.0);
            case LEAKY_RELU -> {
                if (!Double.isFinite(param)) {
                    throw new IllegalArgumentException("The negative slope of leaky_relu is " + param
                            + "; pass a finite number such as 0.01");
                }
                yield Math.sqrt(2.0 / (1 + param * param));
            }
            case SELU -> 3.0 / 4;
        };
    }

    /** The fans of {@code shape} as PyTorch computes them; see {@link Fans}. */
    public static Fans fans(long... shape) {
        return Fans.of(shape);
    }

    /** The standard deviation {@code kaiming_normal_} uses: {@code gain(nonlinearity, a) / sqrt(fan)}. */
    public static double kaimingStd(long[] shape, double a, FanMode mode, Nonlinearity nonlinearity) {
        Fans fans = Fans.of(shape);
        long fan = mode == FanMode.FAN_OUT ? fans.fanOut() : fans.fanIn();
        if (fan == 0) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " has " + mode
                    + " 0; Kaiming init needs a non-empty " + (mode == FanMode.FAN_OUT ? "output" : "input") + " dimension");
        }
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    /** The standard deviation {@code xavier_normal_} uses: {@code gain * sqrt(2 / (fanIn + fanOut))}. */
    public static double xavierStd(long[] shape, double gain) {
        Fans fans = Fans.of(shape);
        if (fans.fanIn() + fans.fanOut() == 0) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " has no elements;"
                    + " Xavier init needs fanIn + fanOut > 0");
        }
        return gain * Math.sqrt(2.0 / (fans.fanIn() + fans.fanOut()));
    }

    // ---------------------------------------------------------------- threads

    /** The number of threads large fills use (default: available processors, or {@value #THREADS_PROPERTY}). */
    public static int parallelism() {
        return parallelism;
    }

    /** Sets the number of threads large fills use. Only the speed changes: the values never depend on it. */
    public static void setParallelism(int threads) {
        parallelism = requireThreads(threads, "Init.setParallelism");
    }

    // ---------------------------------------------------------------- uniform

    /** {@code uniform_(tensor, low, high)}. */
    public static void uniform(float[] out, long[] shape, long seed, double low, double high) {
        checkShape(out.length, shape);
        checkRange(low, high);
        BlockFill.uniform(out, seed, low, high, parallelism);
    }

    /** {@code uniform_(tensor, low, high)}. */
    public static void uniform(double[] out, long[] shape, long seed, double low, double high) {
        checkShape(out.length, shape);
        checkRange(low, high);
        BlockFill.uniform(out, seed, low, high, parallelism);
    }

    /** {@code uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void uniform(float[] out, long[] shape, String name, double low, double high) {
        uniform(out, shape, Seeds.derive(name), low, high);
    }

    /** {@code uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void uniform(double[] out, long[] shape, String name, double low, double high) {
        uniform(out, shape, Seeds.derive(name), low, high);
    }

    // ---------------------------------------------------------------- normal

    /** {@code normal_(tensor, mean, std)}. */
    public static void normal(float[] out, long[] shape, long seed, double mean, double std) {
        checkShape(out.length, shape);
        checkNormal(mean, std);
        BlockFill.normal(out, seed, mean, std, parallelism);
    }

    /** {@code normal_(tensor, mean, std)}. */
    public static void normal(double[] out, long[] shape, long seed, double mean, double std) {
        checkShape(out.length, shape);
        checkNormal(mean, std);
        BlockFill.normal(out, seed, mean, std, parallelism);
    }

    /** {@code normal_} seeded from {@code Seeds.derive(name)}. */
    public static void normal(float[] out, long[] shape, String name, double mean, double std) {
        normal(out, shape, Seeds.derive(name), mean, std);
    }

    /** {@code normal_} seeded from {@code Seeds.derive(name)}. */
    public static void normal(double[] out, long[] shape, String name, double mean, double std) {
        normal(out, shape, Seeds.derive(name), mean, std);
    }

    // ---------------------------------------------------------------- truncated normal

    /**
     * {@code trunc_normal_(tensor, mean, std, a, b)}: normal values redrawn until they lie in [a, b]. As in PyTorch,
     * a and b are absolute values, not multiples of std.
     */
    public static void truncNormal(float[] out, long[] shape, long seed, double mean, double std, double a, double b) {
        checkShape(out.length, shape);
        checkTruncation(mean, std, a, b);
        BlockFill.truncatedNormal(out, seed, mean, std, a, b, parallelism);
    }

    /** {@code trunc_normal_(tensor, mean, std, a, b)}; see the float form. */
    public static void truncNormal(double[] out, long[] shape, long seed, double mean, double std, double a, double b) {
        checkShape(out.length, shape);
        checkTruncation(mean, std, a, b);
        BlockFill.truncatedNormal(out, seed, mean, std, a, b, parallelism);
    }

    /** {@code trunc_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void truncNormal(float[] out, long[] shape, String name, double mean, double std, double a, double b) {
        truncNormal(out, shape, Seeds.derive(name), mean, std, a, b);
    }

    /** {@code trunc_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void truncNormal(double[] out, long[] shape, String name, double mean, double std, double a,
                                   double b) {
        truncNormal(out, shape, Seeds.derive(name), mean, std, a, b);
    }

    // ---------------------------------------------------------------- constants and identity

    /** {@code constant_(tensor, value)}. */
    public static void constant(float[] out, long[] shape, double value) {
        checkShape(out.length, shape);
        Arrays.fill(out, (float) value);
    }

    /** {@code constant_(tensor, value)}. */
    public static void constant(double[] out, long[] shape, double value) {
        checkShape(out.length, shape);
        Arrays.fill(out, value);
    }

    /** {@code zeros_(tensor)}. */
    public static void zeros(float[] out, long[] shape) {
        constant(out, shape, 0);
    }

    /** {@code zeros_(tensor)}. */
    public static void zeros(double[] out, long[] shape) {
        constant(out, shape, 0);
    }

    /** {@code ones_(tensor)}. */
    public static void ones(float[] out, long[] shape) {
        constant(out, shape, 1);
    }

    /** {@code ones_(tensor)}. */
    public static void ones(double[] out, long[] shape) {
        constant(out, shape, 1);
    }

    /** {@code eye_(tensor)}: ones on the diagonal of a 2-d shape, zeros elsewhere. */
    public static void eye(float[] out, long[] shape) {
        checkShape(out.length, shape);
        requireMatrix(shape, "eye");
        Arrays.fill(out, 0f);
        long diagonal = Math.min(shape[0], shape[1]);
        for (int i = 0; i < diagonal; i++) {
            out[(int) (i * shape[1] + i)] = 1f;
        }
    }

    /** {@code eye_(tensor)}: ones on the diagonal of a 2-d shape, zeros elsewhere. */
    public static void eye(double[] out, long[] shape) {
        checkShape(out.length, shape);
        requireMatrix(shape, "eye");
        Arrays.fill(out, 0);
        long diagonal = Math.min(shape[0], shape[1]);
        for (int i = 0; i < diagonal; i++) {
            out[(int) (i * shape[1] + i)] = 1;
        }
    }

    // ---------------------------------------------------------------- Xavier (Glorot)

    /** {@code xavier_uniform_(tensor, gain)}: uniform in +-{@code gain * sqrt(6 / (fanIn + fanOut))}. */
    public static void xavierUniform(float[] out, long[] shape, long seed, double gain) {
        double bound = Math.sqrt(3.0) * xavierStd(shape, gain);
        uniform(out, shape, seed, -bound, bound);
    }

    /** {@code xavier_uniform_(tensor, gain)}: uniform in +-{@code gain * sqrt(6 / (fanIn + fanOut))}. */
    public static void xavierUniform(double[] out, long[] shape, long seed, double gain) {
        double bound = Math.sqrt(3.0) * xavierStd(shape, gain);
        uniform(out, shape, seed, -bound, bound);
    }

    /** {@code xavier_uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void xavierUniform(float[] out, long[] shape, String name, double gain) {
        xavierUniform(out, shape, Seeds.derive(name), gain);
    }

    /** {@code xavier_uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void xavierUniform(double[] out, long[] shape, String name, double gain) {
        xavierUniform(out, shape, Seeds.derive(name), gain);
    }

    /** {@code xavier_normal_(tensor, gain)}: normal with std {@code gain * sqrt(2 / (fanIn + fanOut))}. */
    public static void xavierNormal(float[] out, long[] shape, long seed, double gain) {
        normal(out, shape, seed, 0, xavierStd(shape, gain));
    }

    /** {@code xavier_normal_(tensor, gain)}: normal with std {@code gain * sqrt(2 / (fanIn + fanOut))}. */
    public static void xavierNormal(double[] out, long[] shape, long seed, double gain) {
        normal(out, shape, seed, 0, xavierStd(shape, gain));
    }

    /** {@code xavier_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void xavierNormal(float[] out, long[] shape, String name, double gain) {
        xavierNormal(out, shape, Seeds.derive(name), gain);
    }

    /** {@code xavier_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void xavierNormal(double[] out, long[] shape, String name, double gain) {
        xavierNormal(out, shape, Seeds.derive(name), gain);
    }

    // ---------------------------------------------------------------- Kaiming (He)

    /**
     * {@code kaiming_uniform_(tensor, a, mode, nonlinearity)}: uniform in +-{@code sqrt(3) * gain / sqrt(fan)}
     * with {@code gain = calculateGain(nonlinearity, a)}.
     */
    public static void kaimingUniform(float[] out, long[] shape, long seed, double a, FanMode mode,
                                      Nonlinearity nonlinearity) {
        double bound = Math.sqrt(3.0) * kaimingStd(shape, a, mode, nonlinearity);
        uniform(out, shape, seed, -bound, bound);
    }

    /** {@code kaiming_uniform_(tensor, a, mode, nonlinearity)}; see the float form. */
    public static void kaimingUniform(double[] out, long[] shape, long seed, double a, FanMode mode,
                                      Nonlinearity nonlinearity) {
        double bound = Math.sqrt(3.0) * kaimingStd(shape, a, mode, nonlinearity);
        uniform(out, shape, seed, -bound, bound);
    }

    /** {@code kaiming_uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void kaimingUniform(float[] out, long[] shape, String name, double a, FanMode mode,
                                      Nonlinearity nonlinearity) {
        kaimingUniform(out, shape, Seeds.derive(name), a, mode, nonlinearity);
    }

    /** {@code kaiming_uniform_} seeded from {@code Seeds.derive(name)}. */
    public static void kaimingUniform(double[] out, long[] shape, String name, double a, FanMode mode,
                                      Nonlinearity nonlinearity) {
        kaimingUniform(out, shape, Seeds.derive(name), a, mode, nonlinearity);
    }

    /** {@code kaiming_normal_(tensor, a, mode, nonlinearity)}: normal with std {@code gain / sqrt(fan)}. */
    public static void kaimingNormal(float[] out, long[] shape, long seed, double a, FanMode mode,
                                     Nonlinearity nonlinearity) {
        normal(out, shape, seed, 0, kaimingStd(shape, a, mode, nonlinearity));
    }

    /** {@code kaiming_normal_(tensor, a, mode, nonlinearity)}: normal with std {@code gain / sqrt(fan)}. */
    public static void kaimingNormal(double[] out, long[] shape, long seed, double a, FanMode mode,
                                     Nonlinearity nonlinearity) {
        normal(out, shape, seed, 0, kaimingStd(shape, a, mode, nonlinearity));
    }

    /** {@code kaiming_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void kaimingNormal(float[] out, long[] shape, String name, double a, FanMode mode,
                                     Nonlinearity nonlinearity) {
        kaimingNormal(out, shape, Seeds.derive(name), a, mode, nonlinearity);
    }

    /** {@code kaiming_normal_} seeded from {@code Seeds.derive(name)}. */
    public static void kaimingNormal(double[] out, long[] shape, String name, double a, FanMode mode,
                                     Nonlinearity nonlinearity) {
        kaimingNormal(out, shape, Seeds.derive(name), a, mode, nonlinearity);
    }

    // ---------------------------------------------------------------- orthogonal

    /**
     * {@code orthogonal_(tensor, gain)}: the tensor, viewed as {@code shape[0] x rest}, becomes a (semi-)orthogonal
     * matrix times {@code gain}: the Q factor (R with positive diagonal) of a matrix of standard normal values drawn
     * as {@link #normal(double[], long[], long, double, double)} does, transposed first when it is wide.
     */
    public static void orthogonal(float[] out, long[] shape, long seed, double gain) {
        double[] values = orthogonalValues(out.length, shape, seed, gain);
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
    }

    /** {@code orthogonal_(tensor, gain)}; see the float form. */
    public static void orthogonal(double[] out, long[] shape, long seed, double gain) {
        double[] values = orthogonalValues(out.length, shape, seed, gain);
        System.arraycopy(values, 0, out, 0, values.length);
    }

    /** {@code orthogonal_} seeded from {@code Seeds.derive(name)}. */
    public static void orthogonal(float[] out, long[] shape, String name, double gain) {
        orthogonal(out, shape, Seeds.derive(name), gain);
    }

    /** {@code orthogonal_} seeded from {@code Seeds.derive(name)}. */
    public static void orthogonal(double[] out, long[] shape, String name, double gain) {
        orthogonal(out, shape, Seeds.derive(name), gain);
    }

    // ---------------------------------------------------------------- PyTorch layer defaults

    /**
     * What {@code nn.Linear} and {@code nn.ConvNd} do to their weight: {@code kaiming_uniform_(w, a=sqrt(5))}, which
     * is uniform in +-{@code 1 / sqrt(fanIn)}.
     */
    public static void pytorchDefaultWeight(float[] out, long[] shape, long seed) {
        kaimingUniform(out, shape, seed, Math.sqrt(5), FanMode.FAN_IN, Nonlinearity.LEAKY_RELU);
    }

    /** What {@code nn.Linear} and {@code nn.ConvNd} do to their weight; see the float form. */
    public static void pytorchDefaultWeight(double[] out, long[] shape, long seed) {
        kaimingUniform(out, shape, seed, Math.sqrt(5), FanMode.FAN_IN, Nonlinearity.LEAKY_RELU);
    }

    /** {@link #pytorchDefaultWeight(float[], long[], long)} seeded from {@code Seeds.derive(name)}. */
    public static void pytorchDefaultWeight(float[] out, long[] shape, String name) {
        pytorchDefaultWeight(out, shape, Seeds.derive(name));
    }

    /** {@link #pytorchDefaultWeight(double[], long[], long)} seeded from {@code Seeds.derive(name)}. */
    public static void pytorchDefaultWeight(double[] out, long[] shape, String name) {
        pytorchDefaultWeight(out, shape, Seeds.derive(name));
    }

    /**
     * What {@code nn.Linear} and {@code nn.ConvNd} do to their bias: uniform in +-{@code 1 / sqrt(fanIn)} with the
     * fan-in of the layer's weight (zeros when fanIn is 0).
     */
    public static void pytorchDefaultBias(float[] out, long[] shape, long seed, long fanIn) {
        double bound = biasBound(fanIn);
        uniform(out, shape, seed, -bound, bound);
    }

    /** What {@code nn.Linear} and {@code nn.ConvNd} do to their bias; see the float form. */
    public static void pytorchDefaultBias(double[] out, long[] shape, long seed, long fanIn) {
        double bound = biasBound(fanIn);
        uniform(out, shape, seed, -bound, bound);
    }

    /** {@link #pytorchDefaultBias(float[], long[], long, long)} seeded from {@code Seeds.derive(name)}. */
    public static void pytorchDefaultBias(float[] out, long[] shape, String name, long fanIn) {
        pytorchDefaultBias(out, shape, Seeds.derive(name), fanIn);
    }

    /** {@link #pytorchDefaultBias(double[], long[], long, long)} seeded from {@code Seeds.derive(name)}. */
    public static void pytorchDefaultBias(double[] out, long[] shape, String name, long fanIn) {
        pytorchDefaultBias(out, shape, Seeds.derive(name), fanIn);
    }

    // ---------------------------------------------------------------- DL4J

    /** Deeplearning4j's {@code WeightInit} {@code scheme} with DL4J's definition (see {@link Dl4jWeightInit}). */
    public static void dl4j(float[] out, long[] shape, long seed, Dl4jWeightInit scheme, long fanIn, long fanOut) {
        double scale = dl4jScale(scheme, fanIn, fanOut);
        switch (scheme.kind()) {
            case CONSTANT -> constant(out, shape, scale);
            case NORMAL -> normal(out, shape, seed, 0, scale);
            case UNIFORM -> uniform(out, shape, seed, -scale, scale);
        }
    }

    /** Deeplearning4j's {@code WeightInit} {@code scheme} with DL4J's definition (see {@link Dl4jWeightInit}). */
    public static void dl4j(double[] out, long[] shape, long seed, Dl4jWeightInit scheme, long fanIn, long fanOut) {
        double scale = dl4jScale(scheme, fanIn, fanOut);
        switch (scheme.kind()) {
            case CONSTANT -> constant(out, shape, scale);
            case NORMAL -> normal(out, shape, seed, 0, scale);
            case UNIFORM -> uniform(out, shape, seed, -scale, scale);
        }
    }

    /** {@link #dl4j(float[], long[], long, Dl4jWeightInit, long, long)} seeded from {@code Seeds.derive(name)}. */
    public static void dl4j(float[] out, long[] shape, String name, Dl4jWeightInit scheme, long fanIn, long fanOut) {
        dl4j(out, shape, Seeds.derive(name), scheme, fanIn, fanOut);
    }

    /** {@link #dl4j(double[], long[], long, Dl4jWeightInit, long, long)} seeded from {@code Seeds.derive(name)}. */
    public static void dl4j(double[] out, long[] shape, String name, Dl4jWeightInit scheme, long fanIn,
                            long fanOut) {
        dl4j(out, shape, Seeds.derive(name), scheme, fanIn, fanOut);
    }

    // ---------------------------------------------------------------- checks and helpers

    private static double[] orthogonalValues(int length, long[] shape, long seed, double gain) {
        checkShape(length, shape);
        if (shape.length < 2) {
            throw new IllegalArgumentException("orthogonal needs a shape of at least 2 dimensions, got "
                    + Arrays.toString(shape) + "; as in PyTorch, a vector cannot be orthogonal");
        }
        double[] values = new double[length];
        if (length == 0) {
            return values;
        }
        int rows = (int) shape[0];
        int columns = length / rows;
        BlockFill.normal(values, seed, 0, 1, parallelism);
        if (rows < columns) {
            // Wide: the rows are the columns of the transposed matrix, already one after another.
            Orthogonalization.orthonormalize(values, rows, columns);
        } else {
            double[] transposed = transpose(values, rows, columns);
            Orthogonalization.orthonormalize(transposed, columns, rows);
            values = transpose(transposed, columns, rows);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] *= gain;
        }
        return values;
    }

    private static double[] transpose(double[] matrix, int rows, int columns) {
        double[] result = new double[matrix.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[c * rows + r] = matrix[r * columns + c];
            }
        }
        return result;
    }

    private static double biasBound(long fanIn) {
        if (fanIn < 0) {
            throw new IllegalArgumentException("fanIn is " + fanIn + "; pass the fan-in of the layer's weight"
                    + " (Init.fans(weightShape).fanIn())");
        }
        return fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
    }

    private static double dl4jScale(Dl4jWeightInit scheme, long fanIn, long fanOut) {
        if (scheme == null) {
            throw new IllegalArgumentException("The DL4J scheme is null; pass e.g. Dl4jWeightInit.XAVIER");
        }
        if (fanIn <= 0 || fanOut <= 0) {
            throw new IllegalArgumentException("DL4J " + scheme + " needs positive fans, got fanIn " + fanIn
                    + " and fanOut " + fanOut + "; for a dense layer pass nIn and nOut");
        }
        return scheme.scale(fanIn, fanOut);
    }

    static void checkShape(int length, long[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("The shape is null; pass the tensor's shape, e.g. new long[] {256, 784}");
        }
        long elements = 1;
        for (long dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " has a negative dimension;"
                        + " every dimension must be 0 or more");
            }
            elements = Math.multiplyExact(elements, dimension);
        }
        if (elements != length) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " has " + elements
                    + " elements but the array has " + length + "; pass an array of exactly that length");
        }
    }

    private static void requireMatrix(long[] shape, String function) {
        if (shape.length != 2) {
            throw new IllegalArgumentException(function + " needs a 2-d shape, got " + Arrays.toString(shape));
        }
    }

    private static void checkRange(double low, double high) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
            throw new IllegalArgumentException("Uniform range [" + low + ", " + high + ") is not a finite range with"
                    + " low <= high; pass e.g. -0.05, 0.05");
        }
    }

    private static void checkNormal(double mean, double std) {
        if (!(Double.isFinite(mean) && Double.isFinite(std) && std >= 0)) {
            throw new IllegalArgumentException("Normal mean " + mean + " and std " + std + " must be finite with"
                    + " std >= 0; pass e.g. 0, 0.02");
        }
    }

    private static void checkTruncation(double mean, double std, double a, double b) {
        if (!(Double.isFinite(mean) && Double.isFinite(std) && std > 0)) {
            throw new IllegalArgumentException("Truncated normal mean " + mean + " and std " + std + " must be"
                    + " finite with std > 0; pass e.g. 0, 0.02");
        }
        if (Double.isNaN(a) || Double.isNaN(b) || !(a < b)) {
            throw new IllegalArgumentException("Truncation bounds [" + a + ", " + b + "] are not an interval with"
                    + " a < b; pass e.g. -2, 2 (absolute values, as in PyTorch)");
        }
    }

    private static int requireThreads(int threads, String where) {
        if (threads < 1) {
            throw new IllegalArgumentException(where + ": thread count " + threads + " is not positive; pass 1 or more");
        }
        return threads;
    }

    private static int defaultParallelism() {
        String text = System.getProperty(THREADS_PROPERTY);
        if (text == null || text.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            return requireThreads(Integer.parseInt(text.trim()), "-D" + THREADS_PROPERTY);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + THREADS_PROPERTY + "=" + Echo.of(text) + " is not a whole number;"
                    + " pass a thread count such as 2", e);
        }
    }
}
