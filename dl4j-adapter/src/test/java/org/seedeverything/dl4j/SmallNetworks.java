package org.seedeverything.dl4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * The networks and data of the forked-JVM tests: a 10-32-32-3 MLP and the same as a {@code ComputationGraph}, both
 * with dropout, trained on synthetic data drawn from a fixed {@code java.util.Random}. No class of the DL4J adapter
 * is named here, so the probes can also run without the adapter on the class path.
 */
final class SmallNetworks {
    static final int INPUTS = 10;
    static final int HIDDEN = 32;
    static final int CLASSES = 3;
    static final int SAMPLES = 256;
    static final int BATCH = 32;
    /** DL4J's dropout argument is the probability to keep a unit. */
    static final double RETAIN = 0.8;

    private SmallNetworks() {
    }

    /** A builder with {@code seed}, or with DL4J's clock default when {@code seed} is null. */
    static NeuralNetConfiguration.Builder builder(Long seed) {
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder();
        if (seed != null) {
            builder.seed(seed);
        }
        return builder.updater(new Adam(1e-2));
    }

    static MultiLayerNetwork mlp(NeuralNetConfiguration.Builder builder) {
        MultiLayerConfiguration conf = builder.list()
                .layer(new DenseLayer.Builder().nIn(INPUTS).nOut(HIDDEN).activation(Activation.RELU)
                        .dropOut(RETAIN).build())
                .layer(new DenseLayer.Builder().nIn(HIDDEN).nOut(HIDDEN).activation(Activation.RELU)
                        .dropOut(RETAIN).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(HIDDEN).nOut(CLASSES)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    static ComputationGraph graph(NeuralNetConfiguration.Builder builder) {
        ComputationGraphConfiguration conf = builder.graphBuilder()
                .addInputs("in")
                .addLayer("dense1", new DenseLayer.Builder().nIn(INPUTS).nOut(HIDDEN).activation(Activation.RELU)
                        .dropOut(RETAIN).build(), "in")
                .addLayer("dense2", new DenseLayer.Builder().nIn(HIDDEN).nOut(HIDDEN).activation(Activation.TANH)
                        .dropOut(RETAIN).build(), "dense1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(HIDDEN)
                        .nOut(CLASSES).activation(Activation.SOFTMAX).build(), "dense2")
                .setOutputs("out")
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    /** Synthetic three-class data from a fixed {@code java.util.Random}: the same in every JVM and mode. */
    static DataSet data() {
        Random random = new Random(42);
        float[][] features = new float[SAMPLES][INPUTS];
        float[][] labels = new float[SAMPLES][CLASSES];
        for (int i = 0; i < SAMPLES; i++) {
            int label = i % CLASSES;
            for (int j = 0; j < INPUTS; j++) {
                features[i][j] = (float) (random.nextGaussian() + (j % CLASSES == label ? 1.5 : 0));
            }
            labels[i][label] = 1;
        }
        return new DataSet(Nd4j.create(features), Nd4j.create(labels));
    }

    /**
     * The batches of {@code data}, each with Gaussian noise added when it is taken: drawn from the ND4J generator
     * of the thread that takes it (a prefetch thread behind an {@code AsyncDataSetIterator}).
     */
    static Iterable<DataSet> noisyBatches(DataSet data) {
        List<DataSet> batches = data.batchBy(BATCH);
        return () -> new Iterator<>() {
            private final Iterator<DataSet> batch = batches.iterator();

            @Override
            public boolean hasNext() {
                return batch.hasNext();
            }

            @Override
            public DataSet next() {
                DataSet clean = batch.next();
                INDArray noise = Nd4j.randn(clean.getFeatures().dataType(), clean.getFeatures().shape()).muli(0.1);
                return new DataSet(clean.getFeatures().add(noise), clean.getLabels());
            }
        };
    }

    /** Runs {@code work} on a new thread named {@code name} and waits for it; rethrows what it threw. */
    static void onWorkerThread(String name, Runnable work) throws InterruptedException {
        List<Throwable> failure = new ArrayList<>();
        Thread worker = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                failure.add(e);
            }
        }, name);
        worker.start();
        worker.join();
        if (!failure.isEmpty()) {
            throw new IllegalStateException("The worker thread failed", failure.get(0));
        }
    }

    /** The fingerprint of the flattened parameters. */
    static String fingerprint(INDArray params) {
        return Fingerprints.of(params.dup('c').toFloatVector(), params.length()).toString();
    }
}
