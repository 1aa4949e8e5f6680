package org.seedeverything.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.seedeverything.Seeds;
import org.seedeverything.init.Dl4jWeightInit;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/**
 * A DL4J layer initialised through {@link Dl4jWeightInits} holds exactly the core's {@link Init} values for the same
 * seed, computed here independently in PyTorch's layout {@code [out, in]}: DL4J's {@code W(i, o)} is
 * {@code weight[o][i]}.
 */
class Dl4jWeightInitsTest {
    private static final int IN = 5;
    private static final int OUT = 3;

    @BeforeEach
    void seed() {
        Seeds.builder().master(2021).log(false).apply();
    }

    @Test
    @DisplayName("pytorchDefault is nn.Linear's kaiming_uniform(a = sqrt 5): W(i, o) = weight[o][i]")
    void pytorchDefaultIsNnLinear() {
        INDArray weights = denseWeights(Dl4jWeightInits.pytorchDefault("layer0.weight"), DataType.FLOAT);
        float[] expected = new float[OUT * IN];
        Init.pytorchDefaultWeight(expected, new long[] {OUT, IN}, Seeds.derive("layer0.weight"));
        assertDenseEquals(expected, weights);
    }

    @Test
    @DisplayName("kaiming normal, xavier uniform and DL4J's XAVIER (DL4J's fans) match Init")
    void otherSchemesMatchInit() {
        float[] kaiming = new float[OUT * IN];
        Init.kaimingNormal(kaiming, new long[] {OUT, IN}, Seeds.derive("k"), 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertDenseEquals(kaiming, denseWeights(Dl4jWeightInits.kaimingNormal("k", 0, FanMode.FAN_IN,
                Nonlinearity.RELU), DataType.FLOAT));

        float[] xavier = new float[OUT * IN];
        Init.xavierUniform(xavier, new long[] {OUT, IN}, Seeds.derive("x"), 1);
        assertDenseEquals(xavier, denseWeights(Dl4jWeightInits.xavierUniform("x", 1), DataType.FLOAT));

        float[] dl4j = new float[OUT * IN];
        Init.dl4j(dl4j, new long[] {OUT, IN}, Seeds.derive("d"), Dl4jWeightInit.XAVIER, IN, OUT);
        assertDenseEquals(dl4j, denseWeights(Dl4jWeightInits.dl4j(Dl4jWeightInit.XAVIER, "d"), DataType.FLOAT));
    }

    @Test
    @DisplayName("a DOUBLE network gets Init's double values")
    void doubleNetworks() {
        INDArray weights = denseWeights(Dl4jWeightInits.pytorchDefault("w"), DataType.DOUBLE);
        double[] expected = new double[OUT * IN];
        Init.pytorchDefaultWeight(expected, new long[] {OUT, IN}, Seeds.derive("w"));
        for (int i = 0; i < IN; i++) {
            for (int o = 0; o < OUT; o++) {
                assertEquals(expected[o * IN + i], weights.getDouble(i, o), 0.0, "W(" + i + ", " + o + ")");
            }
        }
    }

    @Test
    @DisplayName("a convolution weight is [out, in, kH, kW] in C order, as in PyTorch")
    void convolutionLayout() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nIn(2).nOut(4)
                        .weightInit(Dl4jWeightInits.pytorchDefault("conv.weight")).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1).activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(5, 5, 2)).build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        INDArray weights = network.getParam("0_W");
        assertArrayEquals(new long[] {4, 2, 3, 3}, weights.shape());
        float[] expected = new float[4 * 2 * 3 * 3];
        Init.pytorchDefaultWeight(expected, new long[] {4, 2, 3, 3}, Seeds.derive("conv.weight"));
        assertArrayEquals(expected, weights.dup('c').data().asFloat());
    }

    @Test
    @DisplayName("the values do not depend on the thread count of the fill (a 784 x 256 layer)")
    void threadCountInvariant() {
        int previous = Init.parallelism();
        try {
            Init.setParallelism(1);
            INDArray one = bigLayer();
            Init.setParallelism(4);
            INDArray four = bigLayer();
            assertEquals(one, four);
        } finally {
            Init.setParallelism(previous);
        }
    }

    @Test
    @DisplayName("the initialiser survives DL4J's JSON configuration round trip with its seed")
    void jsonRoundTrip() {
        MultiLayerConfiguration conf = denseConfiguration(Dl4jWeightInits.pytorchDefault("layer0.weight"),
                DataType.FLOAT);
        MultiLayerConfiguration restored = MultiLayerConfiguration.fromJson(conf.toJson());
        Seeds.builder().master(99).log(false).apply();   // the seed is in the configuration, not taken again
        MultiLayerNetwork original = new MultiLayerNetwork(conf);
        original.init();
        MultiLayerNetwork copy = new MultiLayerNetwork(restored);
        copy.init();
        assertEquals(original.getParam("0_W"), copy.getParam("0_W"));
    }

    @Test
    @DisplayName("pytorchDefaultBias fills a DL4J bias as nn.Linear does")
    void pytorchBias() {
        MultiLayerNetwork network = new MultiLayerNetwork(denseConfiguration(Dl4jWeightInits.pytorchDefault("w"),
                DataType.FLOAT));
        network.init();
        Dl4jWeightInits.pytorchDefaultBias(network.getParam("0_b"), "layer0.bias", IN);
        float[] expected = new float[OUT];
        Init.pytorchDefaultBias(expected, new long[] {OUT}, Seeds.derive("layer0.bias"), IN);
        assertArrayEquals(expected, network.getParam("0_b").dup('c').data().asFloat());
    }

    @Test
    @DisplayName("a blank parameter name is refused with the fix")
    void blankName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Dl4jWeightInits.pytorchDefault(" "));
        assertEquals(true, refused.getMessage().contains("layer1.weight"), refused.getMessage());
    }

    private static INDArray bigLayer() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new DenseLayer.Builder().nIn(784).nOut(256)
                        .weightInit(Dl4jWeightInits.pytorchDefault("big")).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(256).nOut(1).activation(Activation.IDENTITY)
                        .build()).build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network.getParam("0_W").dup();
    }

    private static INDArray denseWeights(IWeightInit init, DataType type) {
        MultiLayerNetwork network = new MultiLayerNetwork(denseConfiguration(init, type));
        network.init();
        INDArray weights = network.getParam("0_W");
        assertArrayEquals(new long[] {IN, OUT}, weights.shape());
        return weights;
    }

    private static MultiLayerConfiguration denseConfiguration(IWeightInit init, DataType type) {
        return new NeuralNetConfiguration.Builder().seed(1).dataType(type).list()
                .layer(new DenseLayer.Builder().nIn(IN).nOut(OUT).weightInit(init).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(OUT).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build();
    }

    /** DL4J's W(i, o) must be the PyTorch-layout value weight[o][i] = expected[o * IN + i], bit for bit. */
    private static void assertDenseEquals(float[] expected, INDArray weights) {
        for (int i = 0; i < IN; i++) {
            for (int o = 0; o < OUT; o++) {
                assertEquals(Float.floatToRawIntBits(expected[o * IN + i]),
                        Float.floatToRawIntBits(weights.getFloat(i, o)), "W(" + i + ", " + o + ")");
            }
        }
    }
}
