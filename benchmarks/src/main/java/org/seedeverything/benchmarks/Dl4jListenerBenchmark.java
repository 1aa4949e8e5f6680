package org.seedeverything.benchmarks;

import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.seedeverything.Seeds;
import org.seedeverything.dl4j.DeterminismListener;
import org.seedeverything.dl4j.Dl4jSeeds;
import org.seedeverything.fingerprint.FingerprintRecorder;

/**
 * One training iteration ({@code fit} of one batch of 64) of a 784-256-256-10 MLP (ReLU, softmax, Adam), without a
 * listener and with {@code DeterminismListener} recording every iteration or every 10th (into a recorder cleared
 * after each measurement iteration). The same network, data and ND4J threads in all three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class Dl4jListenerBenchmark {
    /** Rows per batch: {@value}. */
    public static final int BATCH = 64;

    private MultiLayerNetwork network;
    private DataSet batch;
    private final FingerprintRecorder recorder = FingerprintRecorder.create();

    @Setup(Level.Trial)
    public void build() {
        Seeds.builder().master(2021).log(false).apply();
        MultiLayerConfiguration conf = Dl4jSeeds.configure(new NeuralNetConfiguration.Builder())
                .updater(new Adam(1e-3)).list()
                .layer(new DenseLayer.Builder().nIn(784).nOut(256).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(256).nOut(256).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(256).nOut(10)
                        .activation(Activation.SOFTMAX).build())
                .build();
        network = new MultiLayerNetwork(conf);
        network.init();
        float[][] labels = new float[BATCH][10];
        for (int i = 0; i < BATCH; i++) {
            labels[i][i % 10] = 1;
        }
        batch = new DataSet(Nd4j.rand(DataType.FLOAT, BATCH, 784), Nd4j.create(labels));
    }

    @TearDown(Level.Iteration)
    public void forgetRecords() {
        recorder.clear();
    }

    /** The baseline: plain training. */
    @Benchmark
    public MultiLayerNetwork fitWithoutListener() {
        network.setListeners();
        network.fit(batch);
        return network;
    }

    /** Recording gradients, parameters, updater state and score of every iteration. */
    @Benchmark
    public MultiLayerNetwork fitWithListenerEveryIteration() {
        if (network.getListeners().isEmpty()) {
            network.setListeners(DeterminismListener.everyIteration().recordInto(recorder));
        }
        network.fit(batch);
        return network;
    }

    /** Recording every 10th iteration. */
    @Benchmark
    public MultiLayerNetwork fitWithListenerEveryTenth() {
        if (network.getListeners().isEmpty()) {
            network.setListeners(DeterminismListener.every(10).recordInto(recorder));
        }
        network.fit(batch);
        return network;
    }
}
