package org.seedeverything.dl4j;

import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.seedeverything.Seeds;

/**
 * Trains the small MLP on the main thread with a {@link DeterminismListener} and a nondeterminism injected at
 * iteration {@code args[0]}: weight {@code 0_W(1, 2)} gets a tiny amount taken from {@code System.nanoTime()}.
 * Run under the cross-JVM verifier (which seeds everything and collects the manifest) to see the first difference.
 */
public final class InjectionProbe {
    /** The weight that is disturbed: layer 0, {@code W}, row 1 (input), column 2 (unit). */
    static final int ROW = 1;
    static final int COLUMN = 2;

    private InjectionProbe() {
    }

    public static void main(String[] arguments) {
        if (!Seeds.isSeeded()) {
            Seeds.everything(2021);
        }
        train(Integer.parseInt(arguments[0]), DeterminismListener.everyIteration());
    }

    /** Two epochs of the MLP with {@code recording} after the injecting listener; returns the network. */
    static MultiLayerNetwork train(int injectAt, DeterminismListener recording) {
        MultiLayerNetwork network = SmallNetworks.mlp(Dl4jSeeds.configure(SmallNetworks.builder(null)));
        network.setListeners(new Disturbance(injectAt), recording);
        DataSet data = SmallNetworks.data();
        for (int epoch = 0; epoch < 2; epoch++) {
            DataSet epochData = data.copy();
            Dl4jSeeds.shuffle(epochData, epoch);
            List<DataSet> batches = epochData.batchBy(SmallNetworks.BATCH);
            batches.forEach(network::fit);
        }
        return network;
    }

    /** Adds a clock-dependent amount to one weight after the update of one iteration. */
    static final class Disturbance extends BaseTrainingListener {
        private final int iteration;

        Disturbance(int iteration) {
            this.iteration = iteration;
        }

        @Override
        public void iterationDone(Model model, int at, int epoch) {
            if (at == iteration) {
                INDArray weights = model.getParam("0_W");
                weights.putScalar(ROW, COLUMN, weights.getDouble(ROW, COLUMN) + 1e-3 * (1 + System.nanoTime() % 997));
            }
        }
    }
}
