package org.seedeverything.examples.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/** The diagnostics name broken initialisations in plain sentences and stay quiet for sound ones. */
class InitDiagnosticsTest {
    private static final long[] SHAPE = {256, 784};

    private static Set<Finding.Kind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).collect(Collectors.toSet());
    }

    /** A 784-256-256-10 MLP; {@code weights} fills each weight given its shape and a seed. */
    private static List<DenseLayer> mlp(WeightFill weights) {
        int[] sizes = {784, 256, 256, 10};
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            float[] weight = new float[sizes[l + 1] * sizes[l]];
            weights.fill(weight, new long[] {sizes[l + 1], sizes[l]}, 100 + l);
            layers.add(new DenseLayer("layer " + (l + 1), sizes[l], sizes[l + 1], weight, new float[sizes[l + 1]]));
        }
        return layers;
    }

    interface WeightFill {
        void fill(float[] weight, long[] shape, long seed);
    }

    @Test
    @DisplayName("an all-zero weight is reported with the symmetry it causes and the fix")
    void zeroWeights() {
        List<Finding> findings = InitDiagnostics.checkWeights("layer1.weight", new float[256 * 784], SHAPE);
        assertEquals(Set.of(Finding.Kind.ALL_ZERO), kinds(findings));
        assertEquals("layer1.weight: all 200704 weights are 0, so all 256 units are identical: the weights are"
                + " symmetric and every unit gets the same gradient; use xavier or kaiming init",
                findings.get(0).sentence());
    }

    @Test
    @DisplayName("a constant weight, identical rows, duplicated rows and NaN are each reported")
    void brokenWeights() {
        float[] constant = new float[256 * 784];
        Init.constant(constant, SHAPE, 0.01);
        assertEquals(Set.of(Finding.Kind.CONSTANT), kinds(InitDiagnostics.checkWeights("w", constant, SHAPE)));

        float[] row = new float[784];
        Init.normal(row, new long[] {784}, 1, 0, 0.05);
        float[] identicalRows = new float[256 * 784];
        for (int unit = 0; unit < 256; unit++) {
            System.arraycopy(row, 0, identicalRows, unit * 784, 784);
        }
        List<Finding> symmetric = InitDiagnostics.checkWeights("layer 2", identicalRows, SHAPE);
        assertEquals(List.of("layer 2: all 256 units are identical: the weights are symmetric; use xavier or kaiming"
                + " init"), symmetric.stream().map(Finding::sentence).toList());

        float[] someDuplicates = new float[256 * 784];
        Init.normal(someDuplicates, SHAPE, 2, 0, 0.05);
        System.arraycopy(someDuplicates, 0, someDuplicates, 784, 784);
        System.arraycopy(someDuplicates, 0, someDuplicates, 2 * 784, 784);
        List<Finding> duplicates = InitDiagnostics.checkWeights("w", someDuplicates, SHAPE);
        assertEquals(Set.of(Finding.Kind.SYMMETRIC), kinds(duplicates));
        assertTrue(duplicates.get(0).sentence().contains("2 of 256 units duplicate"), duplicates.get(0).sentence());

        float[] withNan = new float[256 * 784];
        Init.normal(withNan, SHAPE, 3, 0, 0.05);
        withNan[17] = Float.NaN;
        withNan[18] = Float.POSITIVE_INFINITY;
        List<Finding> notFinite = InitDiagnostics.checkWeights("w", withNan, SHAPE);
        assertEquals(Set.of(Finding.Kind.NOT_FINITE), kinds(notFinite));
        assertTrue(notFinite.get(0).sentence().startsWith("w: 2 of 200704 weights are NaN or infinite"));
    }

    @Test
    @DisplayName("identical convolution filters are reported as filters")
    void identicalFilters() {
        long[] shape = {8, 3, 3, 3};
        float[] filters = new float[8 * 27];
        float[] one = new float[27];
        Init.normal(one, new long[] {27}, 4, 0, 0.1);
        for (int f = 0; f < 8; f++) {
            System.arraycopy(one, 0, filters, f * 27, 27);
        }
        assertEquals("conv1: all 8 filters are identical: the weights are symmetric; use xavier or kaiming init",
                InitDiagnostics.checkWeights("conv1", filters, shape).get(0).sentence());
    }

    @Test
    @DisplayName("a measured std far from the scheme's is reported; the right scheme passes")
    void stdAgainstTheScheme() {
        float[] weights = new float[256 * 784];
        double heStd = Init.kaimingStd(SHAPE, 0, FanMode.FAN_IN, Nonlinearity.RELU);
        Init.kaimingNormal(weights, SHAPE, 5, 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertTrue(InitDiagnostics.checkWeights("w", weights, SHAPE, heStd).isEmpty());
        // The classic bug: fan_out used where fan_in was meant.
        Init.kaimingNormal(weights, SHAPE, 5, 0, FanMode.FAN_OUT, Nonlinearity.RELU);
        assertEquals(Set.of(Finding.Kind.UNEXPECTED_STD), kinds(InitDiagnostics.checkWeights("w", weights, SHAPE, heStd)));
    }

    @Test
    @DisplayName("He init on a ReLU MLP gives no findings")
    void heInitOnReluIsQuiet() {
        Diagnosis diagnosis = InitDiagnostics.forward(mlp((w, shape, seed) ->
                Init.kaimingNormal(w, shape, seed, 0, FanMode.FAN_IN, Nonlinearity.RELU)), Activation.RELU, 2021L);
        assertTrue(diagnosis.healthy(), diagnosis.findings().toString());
        for (LayerStatistics layer : diagnosis.layers()) {
            assertTrue(layer.std() > 0.3 && layer.std() < 3, layer.toString());
            assertEquals(0, layer.deadFraction(), layer.toString());
        }
    }

    @Test
    @DisplayName("zero init on a ReLU MLP: every layer is symmetric and the hidden ReLU units are all dead")
    void zeroInitOnRelu() {
        Diagnosis diagnosis = InitDiagnostics.forward(mlp((w, shape, seed) -> Init.zeros(w, shape)), Activation.RELU,
                2021L);
        assertEquals(List.of(Finding.Kind.ALL_ZERO, Finding.Kind.DEAD_UNITS, Finding.Kind.ALL_ZERO,
                Finding.Kind.DEAD_UNITS, Finding.Kind.ALL_ZERO), diagnosis.findings().stream().map(Finding::kind).toList());
        assertEquals("layer 1: 256 of 256 ReLU units (100%) output 0 for every probe input: dead units pass no"
                + " gradient and never learn; use kaiming (He) init and a zero or small positive bias",
                diagnosis.findings().get(1).sentence());
        assertEquals(1.0, diagnosis.layers().get(0).deadFraction());
    }

    @Test
    @DisplayName("a ReLU layer with a large negative bias has dead units")
    void negativeBiasKillsUnits() {
        List<DenseLayer> layers = mlp((w, shape, seed) ->
                Init.kaimingNormal(w, shape, seed, 0, FanMode.FAN_IN, Nonlinearity.RELU));
        java.util.Arrays.fill(layers.get(0).bias(), 0, 128, -100f);
        Diagnosis diagnosis = InitDiagnostics.forward(layers, Activation.RELU, 2021L);
        assertEquals(0.5, diagnosis.layers().get(0).deadFraction());
        assertEquals(Set.of(Finding.Kind.DEAD_UNITS), kinds(diagnosis.findings()));
    }

    @Test
    @DisplayName("N(0, 1) weights explode and tiny weights vanish")
    void explodingAndVanishing() {
        Diagnosis exploding = InitDiagnostics.forward(mlp((w, shape, seed) -> Init.normal(w, shape, seed, 0, 1)),
                Activation.RELU, 2021L);
        assertTrue(kinds(exploding.findings()).contains(Finding.Kind.EXPLODING), exploding.findings().toString());
        assertTrue(exploding.layers().get(2).std() > 1000, exploding.table());

        Diagnosis vanishing = InitDiagnostics.forward(mlp((w, shape, seed) -> Init.normal(w, shape, seed, 0, 0.001)),
                Activation.TANH, 2021L);
        assertEquals(Set.of(Finding.Kind.VANISHING), kinds(vanishing.findings()), vanishing.findings().toString());
        assertTrue(vanishing.findings().get(0).sentence().contains("use xavier (Glorot) init"));
    }

    @Test
    @DisplayName("the probe batch is a pure function of its seed")
    void probeIsReproducible() {
        List<DenseLayer> layers = mlp((w, shape, seed) -> Init.xavierNormal(w, shape, seed, 1));
        assertEquals(InitDiagnostics.forward(layers, Activation.TANH, 9L),
                InitDiagnostics.forward(layers, Activation.TANH, 9L));
    }
}
