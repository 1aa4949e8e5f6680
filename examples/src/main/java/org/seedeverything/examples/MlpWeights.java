package org.seedeverything.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.examples.diagnostics.DenseLayer;

/**
 * The parameters of a 784-256-256-10 MLP as ND4J arrays, initialised with one {@link InitScheme}. Each parameter
 * draws from its own named stream ({@code "he/layer1.weight"}), so schemes and layers never disturb each other.
 */
final class MlpWeights {
    static final int[] SIZES = {784, 256, 256, 10};

    private final InitScheme scheme;
    private final Map<String, INDArray> parameters;

    private MlpWeights(InitScheme scheme, Map<String, INDArray> parameters) {
        this.scheme = scheme;
        this.parameters = parameters;
    }

    /** Builds the parameters; needs {@code Seeds.everything(...)} first. */
    static MlpWeights build(InitScheme scheme) {
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        for (int layer = 1; layer < SIZES.length; layer++) {
            int in = SIZES[layer - 1];
            int out = SIZES[layer];
            long[] shape = {out, in};
            float[] weight = new float[out * in];
            String weightName = scheme.label() + "/layer" + layer + ".weight";
            scheme.fillWeight(weight, shape, weightName);
            parameters.put(weightName, Nd4j.create(weight, shape, 'c'));
            parameters.put(scheme.label() + "/layer" + layer + ".bias", Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, out));
        }
        return new MlpWeights(scheme, parameters);
    }

    InitScheme scheme() {
        return scheme;
    }

    /** Parameter name to array, in layer order. */
    Map<String, INDArray> parameters() {
        return parameters;
    }

    /** The layers as the core diagnostics see them (weights copied out of ND4J in C order). */
    List<DenseLayer> denseLayers() {
        List<DenseLayer> layers = new ArrayList<>();
        for (int layer = 1; layer < SIZES.length; layer++) {
            float[] weight = floats(parameters.get(scheme.label() + "/layer" + layer + ".weight"));
            float[] bias = floats(parameters.get(scheme.label() + "/layer" + layer + ".bias"));
            layers.add(new DenseLayer("layer " + layer, SIZES[layer - 1], SIZES[layer], weight, bias));
        }
        return layers;
    }

    /** The values in C order. */
    static float[] floats(INDArray array) {
        return array.dup('c').data().asFloat();
    }
}
