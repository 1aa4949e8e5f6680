package org.seedeverything.examples.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedeverything.Seeds;
import org.seedeverything.init.Fans;
import org.seedeverything.init.Init;

/**
 * Tells when an initialisation is broken, in one plain sentence per finding.
 *
 * <pre>{@code
 * List<Finding> findings = InitDiagnostics.checkWeights("layer1.weight", w, new long[] {256, 784},
 *         Init.kaimingStd(new long[] {256, 784}, 0, FanMode.FAN_IN, Nonlinearity.RELU));
 * Diagnosis diagnosis = InitDiagnostics.forward(layers, Activation.RELU, "probe");
 * diagnosis.findings().forEach(System.out::println);
 * }</pre>
 *
 * <h2>What is checked</h2>
 * <ul>
 *   <li>a weight tensor: NaN or infinite values; all zero; one constant value; identical units (rows of a dense
 *       weight, filters of a convolution: with equal biases they compute the same thing and get the same gradient
 *       forever); measured standard deviation vs the scheme's, within {@value #STD_TOLERANCE} relative
 *       or five standard errors, whichever is larger;</li>
 *   <li>a stack of dense layers: a forward pass of a probe batch of standard normal inputs (drawn with
 *       {@link Init#normal(float[], long[], long, double, double)} from the given seed); per layer the mean and
 *       standard deviation of the outputs, dead ReLU units (0 for every probe input; reported above
 *       {@value #DEAD_FRACTION_LIMIT} of the layer), vanishing (std below {@value #VANISHING_STD}) and exploding
 *       (std above {@value #EXPLODING_STD}) signals. Hidden layers use the given activation, the last layer none.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class InitDiagnostics {
    /** Relative distance between measured and expected std that is always tolerated: {@value}. */
    public static final double STD_TOLERANCE = 0.1;
    /** Fraction of dead ReLU units above which they are reported: {@value}. */
    public static final double DEAD_FRACTION_LIMIT = 0.1;
    /** Output std below which a layer's signal counts as vanishing (the probe has std 1): {@value}. */
    public static final double VANISHING_STD = 0.01;
    /** Output std above which a layer's signal counts as exploding (the probe has std 1): {@value}. */
    public static final double EXPLODING_STD = 10;
    /** Probe inputs used by {@link #forward(List, Activation, long)}: {@value}. */
    public static final int PROBE_BATCH = 256;

    private InitDiagnostics() {
    }

    /** Checks a weight tensor whose first dimension counts the units (PyTorch layout); no std expectation. */
    public static List<Finding> checkWeights(String subject, float[] weights, long[] shape) {
        return checkWeights(subject, weights, shape, null, Double.NaN);
    }

    /**
     * Checks a weight tensor whose first dimension counts the units (PyTorch layout), and compares its std with
     * {@code expectedStd} (e.g. {@link Init#kaimingStd}).
     */
    public static List<Finding> checkWeights(String subject, float[] weights, long[] shape, double expectedStd) {
        if (!(expectedStd >= 0) || Double.isInfinite(expectedStd)) {
            throw new IllegalArgumentException(subject + ": expected std " + expectedStd + " must be a finite number"
                    + " >= 0; use Init.kaimingStd(...) or Init.xavierStd(...)");
        }
        return checkWeights(subject, weights, shape, null, expectedStd);
    }

    /**
     * Runs a probe batch of {@value #PROBE_BATCH} standard normal inputs, drawn from {@code probeSeed}, through the
     * layers and reports per-layer statistics and findings (weights included).
     */
    public static Diagnosis forward(List<DenseLayer> layers, Activation hidden, long probeSeed) {
        return forward(layers, hidden, probeSeed, PROBE_BATCH);
    }

    /** As {@link #forward(List, Activation, long)} with the probe seed {@code Seeds.derive(probeName)}. */
    public static Diagnosis forward(List<DenseLayer> layers, Activation hidden, String probeName) {
        return forward(layers, hidden, Seeds.derive(probeName), PROBE_BATCH);
    }

    /** As {@link #forward(List, Activation, long)} with {@code batch} probe inputs. */
    public static Diagnosis forward(List<DenseLayer> layers, Activation hidden, long probeSeed, int batch) {
        checkStack(layers, hidden, batch);
        int width = layers.get(0).inputs();
        float[] probe = new float[batch * width];
        Init.normal(probe, new long[] {batch, width}, probeSeed, 0, 1);
        double[] input = new double[probe.length];
        for (int i = 0; i < probe.length; i++) {
            input[i] = probe[i];
        }
        List<LayerStatistics> statistics = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            boolean last = l == layers.size() - 1;
            Activation activation = last ? Activation.IDENTITY : hidden;
            List<Finding> weightFindings = checkWeights(layer.name(), layer.weight(), layer.weightShape(),
                    layer.bias(), Double.NaN);
            findings.addAll(weightFindings);
            double[] output = dense(input, batch, layer, activation);
            LayerStatistics layerStatistics = statistics(layer, output, batch, activation);
            statistics.add(layerStatistics);
            findings.addAll(signalFindings(layerStatistics, hidden, weightFindings.isEmpty()));
            input = output;
        }
        return new Diagnosis(statistics, findings);
    }

    // ---------------------------------------------------------------- weights

    private static List<Finding> checkWeights(String subject, float[] weights, long[] shape, float[] bias,
                                              double expectedStd) {
        requireShape(weights.length, shape);
        List<Finding> findings = new ArrayList<>();
        if (weights.length == 0) {
            return findings;
        }
        int units = (int) shape[0];
        int notFinite = 0;
        double sum = 0;
        for (float w : weights) {
            if (!Float.isFinite(w)) {
                notFinite++;
            } else {
                sum += w;
            }
        }
        if (notFinite > 0) {
            findings.add(new Finding(subject, Finding.Kind.NOT_FINITE, String.format(Locale.ROOT,
                    "%s: %d of %d weights are NaN or infinite: every output they touch is broken; check the"
                            + " initialiser's arguments (a zero fan or std) and re-initialise", subject, notFinite,
                    weights.length)));
            return findings;
        }
        boolean constant = true;
        for (float w : weights) {
            if (w != weights[0]) {
                constant = false;
                break;
            }
        }
        String unitWord = shape.length > 2 ? "filters" : "units";
        if (constant && weights[0] == 0) {
            findings.add(new Finding(subject, Finding.Kind.ALL_ZERO, String.format(Locale.ROOT,
                    "%s: all %d weights are 0, so all %d %s are identical: the weights are symmetric and every %s"
                            + " gets the same gradient; use xavier or kaiming init", subject, weights.length, units,
                    unitWord, unitWord.substring(0, unitWord.length() - 1))));
            return findings;
        }
        if (constant && weights.length > 1) {
            findings.add(new Finding(subject, Finding.Kind.CONSTANT, String.format(Locale.ROOT,
                    "%s: all %d weights equal %.4g, so all %d %s are identical: the weights are symmetric and"
                            + " never break symmetry; use xavier or kaiming init", subject, weights.length,
                    weights[0], units, unitWord)));
            return findings;
        }
        int distinct = distinctUnits(weights, units, bias);
        if (units > 1 && distinct == 1) {
            findings.add(new Finding(subject, Finding.Kind.SYMMETRIC, String.format(Locale.ROOT,
                    "%s: all %d %s are identical: the weights are symmetric; use xavier or kaiming init", subject,
                    units, unitWord)));
        } else if (distinct < units) {
            findings.add(new Finding(subject, Finding.Kind.SYMMETRIC, String.format(Locale.ROOT,
                    "%s: %d of %d %s duplicate another one: duplicates get the same gradient and stay copies;"
                            + " draw the weights from a random initialiser", subject, units - distinct, units,
                    unitWord)));
        }
        if (!Double.isNaN(expectedStd)) {
            double mean = sum / weights.length;
            double squares = 0;
            for (float w : weights) {
                squares += (w - mean) * (w - mean);
            }
            double std = Math.sqrt(squares / weights.length);
            double tolerance = Math.max(STD_TOLERANCE, 5 / Math.sqrt(2.0 * weights.length));
            boolean off = expectedStd == 0 ? std != 0 : Math.abs(std / expectedStd - 1) > tolerance;
            if (off) {
                findings.add(new Finding(subject, Finding.Kind.UNEXPECTED_STD, String.format(Locale.ROOT,
                        "%s: measured std %.4g is not the %.4g the scheme gives for shape %s (fan-in %d, fan-out %d):"
                                + " check the fan mode, the gain and the weight layout ([out, in] as PyTorch)", subject,
                        std, expectedStd, Arrays.toString(shape), fansOrZero(shape).fanIn(),
                        fansOrZero(shape).fanOut())));
            }
        }
        return findings;
    }

    private static void requireShape(int length, long[] shape) {
        long elements = shape == null ? -1 : Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (elements != length || Arrays.stream(shape).anyMatch(dimension -> dimension < 0)) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " does not fit " + length
                    + " weights; pass the tensor's shape, e.g. new long[] {256, 784} for 200704 weights");
        }
    }

    private static Fans fansOrZero(long[] shape) {
        return shape.length >= 2 ? Fans.of(shape) : new Fans(0, 0);
    }

    /** Counts distinct (row, bias) pairs; -0.0 and 0.0 count as equal. */
    private static int distinctUnits(float[] weights, int units, float[] bias) {
        int rowLength = weights.length / units;
        Map<Long, List<Integer>> byHash = new HashMap<>();
        int distinct = 0;
        for (int unit = 0; unit < units; unit++) {
            long hash = bias == null ? 17 : Float.floatToIntBits(bias[unit] + 0.0f);
            for (int i = unit * rowLength; i < (unit + 1) * rowLength; i++) {
                hash = hash * 0x9E3779B97F4A7C15L + Float.floatToIntBits(weights[i] + 0.0f);
            }
            List<Integer> candidates = byHash.computeIfAbsent(hash, key -> new ArrayList<>());
            boolean seen = false;
            for (int other : candidates) {
                if (sameUnit(weights, bias, rowLength, unit, other)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                candidates.add(unit);
                distinct++;
            }
        }
        return distinct;
    }

    private static boolean sameUnit(float[] weights, float[] bias, int rowLength, int a, int b) {
        if (bias != null && bias[a] + 0.0f != bias[b] + 0.0f) {
            return false;
        }
        for (int i = 0; i < rowLength; i++) {
            if (weights[a * rowLength + i] + 0.0f != weights[b * rowLength + i] + 0.0f) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- forward pass

    private static void checkStack(List<DenseLayer> layers, Activation hidden, int batch) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("No layers to diagnose; pass at least one DenseLayer");
        }
        if (hidden == null) {
            throw new IllegalArgumentException("The hidden activation is null; pass e.g. Activation.RELU");
        }
        if (batch < 2) {
            throw new IllegalArgumentException("A probe batch of " + batch + " inputs cannot show a spread; pass 2"
                    + " or more (default " + PROBE_BATCH + ")");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).outputs()) {
                throw new IllegalArgumentException(layers.get(l).name() + " takes " + layers.get(l).inputs()
                        + " inputs but " + layers.get(l - 1).name() + " gives " + layers.get(l - 1).outputs()
                        + "; the layers must chain");
            }
        }
    }

    private static double[] dense(double[] input, int batch, DenseLayer layer, Activation activation) {
        int in = layer.inputs();
        int out = layer.outputs();
        float[] weight = layer.weight();
        double[] output = new double[batch * out];
        for (int n = 0; n < batch; n++) {
            for (int o = 0; o < out; o++) {
                double z = layer.bias()[o];
                int row = o * in;
                int sample = n * in;
                for (int i = 0; i < in; i++) {
                    z += weight[row + i] * input[sample + i];
                }
                output[n * out + o] = activation.apply(z);
            }
        }
        return output;
    }

    private static LayerStatistics statistics(DenseLayer layer, double[] output, int batch, Activation activation) {
        int units = layer.outputs();
        double sum = 0;
        for (double v : output) {
            sum += v;
        }
        double mean = sum / output.length;
        double squares = 0;
        for (double v : output) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / output.length);
        int dead = 0;
        if (activation == Activation.RELU) {
            for (int o = 0; o < units; o++) {
                boolean alwaysZero = true;
                for (int n = 0; n < batch && alwaysZero; n++) {
                    alwaysZero = output[n * units + o] == 0;
                }
                if (alwaysZero) {
                    dead++;
                }
            }
        }
        return new LayerStatistics(layer.name(), units, mean, std, (double) dead / units);
    }

    private static List<Finding> signalFindings(LayerStatistics layer, Activation hidden, boolean weightsLookRandom) {
        List<Finding> findings = new ArrayList<>();
        if (layer.deadFraction() > DEAD_FRACTION_LIMIT) {
            int dead = (int) Math.round(layer.deadFraction() * layer.units());
            findings.add(new Finding(layer.layer(), Finding.Kind.DEAD_UNITS, String.format(Locale.ROOT,
                    "%s: %d of %d ReLU units (%.0f%%) output 0 for every probe input: dead units pass no gradient"
                            + " and never learn; use kaiming (He) init and a zero or small positive bias",
                    layer.layer(), dead, layer.units(), 100 * layer.deadFraction())));
        }
        if (!weightsLookRandom) {
            return findings; // a zero, constant or symmetric weight explains the signal already
        }
        if (layer.std() < VANISHING_STD) {
            findings.add(new Finding(layer.layer(), Finding.Kind.VANISHING, String.format(Locale.ROOT,
                    "%s: the output std %.3g is below %s: the signal vanishes with depth; use %s", layer.layer(),
                    layer.std(), VANISHING_STD, hidden.recommendedInit())));
        } else if (layer.std() > EXPLODING_STD) {
            findings.add(new Finding(layer.layer(), Finding.Kind.EXPLODING, String.format(Locale.ROOT,
                    "%s: the output std %.3g is above %s: the signal explodes with depth; scale the weights by"
                            + " 1/sqrt(fan_in) with %s", layer.layer(), layer.std(), EXPLODING_STD,
                    hidden.recommendedInit())));
        }
        return findings;
    }
}
