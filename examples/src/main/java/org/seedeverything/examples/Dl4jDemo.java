package org.seedeverything.examples;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import org.seedeverything.dl4j.DeterminismListener;
import org.seedeverything.dl4j.Dl4jSeeds;
import org.seedeverything.dl4j.Dl4jWeightInits;
import org.seedeverything.verify.Determinism;
import org.seedeverything.verify.DeterminismResult;

/**
 * The DL4J example: a small MLP with dropout, initialised like PyTorch's {@code nn.Linear}, trained on a worker
 * thread with per-epoch shuffling, checked twice with {@link DeterminismListener}: once as written (reproducible),
 * once with a deliberate fault (the worker's ND4J generator is reseeded from the clock at iteration 5, as a careless
 * library might), where the report names iteration 5, the layer, the parameter, the element and both values.
 *
 * <pre>
 * mvn -B -q -ntp -pl examples -am package -DskipTests
 * java -cp examples/target/seed-everything-demo.jar org.seedeverything.examples.Dl4jDemo
 * </pre>
 * Exit status 0 when the first check is reproducible and the second names iteration 5, else 1.
 */
public final class Dl4jDemo {
    static final int BROKEN_AT = 5;
    private static final long MASTER = 2021;

    private Dl4jDemo() {
    }

    public static void main(String[] arguments) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.deeplearning4j", "warn");
        SeedReport report = Seeds.builder().master(MASTER).log(false).apply();
        System.out.println("Seeds.everything(" + MASTER + "), the DL4J targets:");
        for (TargetResult target : report.targets()) {
            if (target.name().startsWith("dl4j.") || target.name().startsWith("nd4j.")) {
                System.out.println("  " + target.name() + ": " + target.status() + " - " + target.detail()
                        + (target.fix().isEmpty() ? "" : "\n      the line to add: " + target.fix()));
            }
        }

        System.out.println("\n1. Training as written, twice (dropout on a worker thread, shuffled every epoch):");
        DeterminismResult clean = Determinism.check(2, MASTER, recorder -> train(false));
        System.out.println(clean.isDeterministic()
                ? "   REPRODUCIBLE: both runs recorded the same " + clean.manifest(1).size() + " entries"
                : "   NOT REPRODUCIBLE:\n" + clean);

        System.out.println("\n2. The same with the worker's ND4J generator reseeded from the clock at iteration "
                + BROKEN_AT + ":");
        DeterminismResult broken = Determinism.check(2, MASTER, recorder -> train(true));
        System.out.println(broken.isDeterministic() ? "   (unexpectedly reproducible)" : firstDifference(broken));

        boolean namesTheFault = broken.firstDifference()
                .map(difference -> difference.name().startsWith("iteration " + BROKEN_AT + " /")).orElse(false);
        System.out.println(clean.isDeterministic() && namesTheFault
                ? "\nThe listener found the fault at iteration " + BROKEN_AT + "."
                : "\nUnexpected outcome: see above.");
        if (!clean.isDeterministic() || !namesTheFault) {
            System.exit(1);
        }
    }

    /** Builds the network on this thread and trains it for 3 epochs on a worker thread. */
    static MultiLayerNetwork train(boolean broken) throws InterruptedException {
        MultiLayerConfiguration conf = Dl4jSeeds.configure(new NeuralNetConfiguration.Builder())
                .updater(new Adam(1e-2)).list()
                .layer(new DenseLayer.Builder().nIn(8).nOut(16).activation(Activation.RELU).dropOut(0.8)
                        .weightInit(Dl4jWeightInits.pytorchDefault("layer0.weight")).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(2)
                        .activation(Activation.SOFTMAX).weightInit(Dl4jWeightInits.pytorchDefault("layer1.weight"))
                        .build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        if (broken) {
            network.setListeners(new ClockReseed(), DeterminismListener.everyIteration());
        } else {
            network.setListeners(DeterminismListener.everyIteration());
        }
        DataSet data = data();
        Thread worker = new Thread(() -> {
            for (int epoch = 0; epoch < 3; epoch++) {
                DataSet epochData = data.copy();
                Dl4jSeeds.shuffle(epochData, epoch);
                List<DataSet> batches = epochData.batchBy(32);
                batches.forEach(network::fit);
            }
        }, "trainer");
        worker.start();
        worker.join();
        return network;
    }

    /** Two Gaussian blobs from a fixed java.util.Random. */
    private static DataSet data() {
        Random random = new Random(7);
        float[][] features = new float[128][8];
        float[][] labels = new float[128][2];
        for (int i = 0; i < 128; i++) {
            for (int j = 0; j < 8; j++) {
                features[i][j] = (float) (random.nextGaussian() + (i % 2 == 0 ? 1 : -1));
            }
            labels[i][i % 2] = 1;
        }
        return new DataSet(Nd4j.create(features), Nd4j.create(labels));
    }

    /** The report's summary line: the first differing entry (iteration / layer / parameter), element and values. */
    private static String firstDifference(DeterminismResult result) {
        return result.toString().lines().filter(line -> line.strip().startsWith("First difference:"))
                .map(line -> "   " + line.strip()).findFirst().orElse(result.toString());
    }

    /** The deliberate fault: reseeds the training thread's ND4J generator from the clock after one iteration. */
    private static final class ClockReseed extends BaseTrainingListener {
        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            if (iteration == BROKEN_AT - 1) {
                Nd4j.getRandom().setSeed(System.nanoTime());
            }
        }
    }
}
