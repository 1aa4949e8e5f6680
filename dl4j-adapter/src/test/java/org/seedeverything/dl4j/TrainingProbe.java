package org.seedeverything.dl4j;

import java.util.List;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.AsyncDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;
import org.seedeverything.Seeds;

/**
 * Trains the {@link SmallNetworks} three ways in a fresh JVM and prints the fingerprint of each result's parameters:
 * {@code worker.mlp=} (built on main, fitted with per-epoch shuffling on a worker thread), {@code prefetch.mlp=}
 * (fitted through an {@code AsyncDataSetIterator} whose prefetch thread adds noise) and {@code worker.graph=}.
 *
 * <p>Mode {@code seeded}: {@code Seeds.everything(2021)}, the builder's {@code .seed(Seeds.derive("model"))} and
 * {@code shuffle(Seeds.derive("shuffle", epoch))}, i.e. what a user writes with the adapter documentation. Mode
 * {@code unchanged}: no seed anywhere ({@code DataSet.shuffle()}, the builder's clock default), for the agent.
 * Names no class of the adapter, so it runs without the adapter on the class path too.
 */
public final class TrainingProbe {
    static final int EPOCHS = 3;

    private TrainingProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        boolean seeded = arguments.length > 0 && arguments[0].equals("seeded");
        if (seeded) {
            Seeds.everything(2021);
        }
        DataSet data = SmallNetworks.data();

        MultiLayerNetwork workerMlp = SmallNetworks.mlp(builder(seeded));
        SmallNetworks.onWorkerThread("trainer", () -> {
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                DataSet epochData = data.copy();
                if (seeded) {
                    epochData.shuffle(Seeds.derive("shuffle", epoch));
                } else {
                    epochData.shuffle();
                }
                List<DataSet> batches = epochData.batchBy(SmallNetworks.BATCH);
                batches.forEach(workerMlp::fit);
            }
        });
        System.out.println("worker.mlp=" + SmallNetworks.fingerprint(workerMlp.params()));

        MultiLayerNetwork prefetchMlp = SmallNetworks.mlp(builder(seeded));
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            AsyncDataSetIterator prefetching = new AsyncDataSetIterator(
                    new ExistingDataSetIterator(SmallNetworks.noisyBatches(data)), 2);
            prefetchMlp.fit(prefetching);
            prefetching.shutdown();
        }
        System.out.println("prefetch.mlp=" + SmallNetworks.fingerprint(prefetchMlp.params()));

        ComputationGraph graph = SmallNetworks.graph(builder(seeded));
        SmallNetworks.onWorkerThread("trainer", () -> {
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                data.batchBy(SmallNetworks.BATCH).forEach(graph::fit);
            }
        });
        System.out.println("worker.graph=" + SmallNetworks.fingerprint(graph.params()));
    }

    private static NeuralNetConfiguration.Builder builder(boolean seeded) {
        return SmallNetworks.builder(seeded ? Seeds.derive("model") : null);
    }
}
