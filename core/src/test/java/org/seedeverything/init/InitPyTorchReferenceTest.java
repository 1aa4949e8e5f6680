package org.seedeverything.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The formulas agree with PyTorch itself. Expected values come from {@code scripts/pytorch_init_facts.py}, which
 * asked torch 1.13 for calculate_gain, the fans, and the exact bounds and stds that kaiming_*, xavier_* and the
 * nn.Linear / nn.Conv defaults pass to {@code uniform_} / {@code normal_}.
 */
class InitPyTorchReferenceTest {
    private static final double RELATIVE = 1e-12;

    private static List<String[]> facts(String kind) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = InitPyTorchReferenceTest.class.getResourceAsStream("/golden/pytorch-init-facts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields[0].equals(kind)) {
                    rows.add(fields);
                }
            }
        }
        assertFalse(rows.isEmpty(), "no reference rows of kind " + kind);
        return rows;
    }

    private static long[] shape(String text) {
        return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static Nonlinearity nonlinearity(String name) {
        return Nonlinearity.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE, what);
    }

    @Test
    @DisplayName("calculateGain gives torch.nn.init.calculate_gain's value for every nonlinearity")
    void gainsMatchPyTorch() throws IOException {
        for (String[] row : facts("gain")) {
            Nonlinearity nonlinearity = nonlinearity(row[1]);
            double actual = row[2].equals("-") ? Init.calculateGain(nonlinearity)
                    : Init.calculateGain(nonlinearity, Double.parseDouble(row[2]));
            assertClose(Double.parseDouble(row[3]), actual, "gain of " + row[1] + " " + row[2]);
        }
    }

    @Test
    @DisplayName("fans multiply the receptive field of convolution kernels into both fans, as PyTorch does")
    void fansMatchPyTorch() throws IOException {
        for (String[] row : facts("fans")) {
            assertEquals(new Fans(Long.parseLong(row[2]), Long.parseLong(row[3])), Init.fans(shape(row[1])), row[1]);
        }
    }

    @Test
    @DisplayName("xavier bounds and stds match PyTorch for dense and convolution shapes")
    void xavierMatchesPyTorch() throws IOException {
        for (String kind : List.of("xavier_uniform", "xavier_normal")) {
            for (String[] row : facts(kind)) {
                double gain = Double.parseDouble(row[2].substring("gain=".length()));
                double std = Init.xavierStd(shape(row[1]), gain);
                if (kind.equals("xavier_uniform")) {
                    assertClose(Double.parseDouble(row[5]), Math.sqrt(3.0) * std, kind + " " + row[1] + " " + row[2]);
                    assertClose(Double.parseDouble(row[4]), -Math.sqrt(3.0) * std, kind + " low " + row[1]);
                } else {
                    assertClose(Double.parseDouble(row[5]), std, kind + " " + row[1] + " " + row[2]);
                }
            }
        }
    }

    @Test
    @DisplayName("kaiming bounds and stds match PyTorch for every a, mode and nonlinearity tried")
    void kaimingMatchesPyTorch() throws IOException {
        for (String kind : List.of("kaiming_uniform", "kaiming_normal")) {
            for (String[] row : facts(kind)) {
                String[] arguments = row[2].split(",");
                double a = Double.parseDouble(arguments[0].substring("a=".length()));
                FanMode mode = FanMode.valueOf(arguments[1].substring("mode=".length()).toUpperCase(Locale.ROOT));
                Nonlinearity nonlinearity = nonlinearity(arguments[2].substring("nonlinearity=".length()));
                double std = Init.kaimingStd(shape(row[1]), a, mode, nonlinearity);
                double expected = Double.parseDouble(row[5]);
                assertClose(expected, kind.equals("kaiming_uniform") ? Math.sqrt(3.0) * std : std,
                        kind + " " + row[1] + " " + row[2]);
            }
        }
    }

    @Test
    @DisplayName("the nn.Linear / nn.Conv default draws weight and bias within PyTorch's bounds, reaching them")
    void layerDefaultsMatchPyTorch() throws IOException {
        for (String[] row : facts("default")) {
            long[] shape = shape(row[1]);
            double weightBound = Double.parseDouble(row[4]);
            double biasBound = Double.parseDouble(row[7]);
            assertClose(weightBound, Math.sqrt(3.0) * Init.kaimingStd(shape, Math.sqrt(5), FanMode.FAN_IN,
                    Nonlinearity.LEAKY_RELU), "weight bound " + row[1]);
            assertClose(biasBound, 1 / Math.sqrt(Init.fans(shape).fanIn()), "bias bound " + row[1]);

            int elements = (int) Arrays.stream(shape).reduce(1, Math::multiplyExact);
            double[] weight = new double[elements];
            Init.pytorchDefaultWeight(weight, shape, 11);
            assertWithinAndReaching(weight, weightBound * (1 + RELATIVE), elements, "weight " + row[1]);
            double[] bias = new double[(int) shape[0]];
            Init.pytorchDefaultBias(bias, new long[] {shape[0]}, 12, Init.fans(shape).fanIn());
            assertWithinAndReaching(bias, biasBound * (1 + RELATIVE), bias.length, "bias " + row[1]);
        }
    }

    /** All values within +-bound; the largest magnitude near the bound (n uniform draws leave a gap of ~ 1/n). */
    private static void assertWithinAndReaching(double[] values, double bound, int n, String what) {
        double largest = 0;
        for (double v : values) {
            assertTrue(Math.abs(v) <= bound, () -> what + ": " + v + " is outside +-" + bound);
            largest = Math.max(largest, Math.abs(v));
        }
        if (n >= 1000) {
            assertTrue(largest > bound * (1 - 20.0 / n), what + ": largest " + largest + " is far below " + bound);
        }
    }
}
