package org.seedeverything.dl4j;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seedeverything.dl4j.internal.EntryNames;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.nd4j.Nd4jFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, every k-th training iteration, the fingerprints of the gradients, the parameters, the updater state and
 * the score of a {@code MultiLayerNetwork} or {@code ComputationGraph}, one entry per layer and parameter, so that a
 * comparison of two runs names the first iteration, layer, parameter and element where they part, with both values:
 *
 * <pre>{@code
 * network.setListeners(DeterminismListener.everyIteration());
 * // in a test:      Determinism.check(2, 2021, recorder -> train())          -> first differing entry and element
 * // across JVMs:    seed-everything-cli verify --runs 2 --seed 2021 -- -cp app.jar com.example.Train
 * }</pre>
 *
 * <p>Entries go to {@link Fingerprints#recorder()} at the moment of recording (the recorder of a running
 * {@code Determinism.check}, else the process-wide one that {@code -Dseeds.manifest=run.json} writes at exit) unless
 * {@link #recordInto(FingerprintRecorder)} names one. Names read
 * {@code "iteration 12 / layer 0 / W / gradient"}; the kinds are {@code gradient} (before the updater changes it,
 * from {@code onGradientCalculation}), {@code parameters}, {@code updater state} (one entry per updater block, named
 * by its first and last parameter) and {@code score}. Before the first iteration it records
 * {@code "configuration seed"} and warns when that seed looks like the clock (no {@code .seed(...)} was given).
 *
 * <h2>Cost</h2>
 * Each recorded iteration hashes every parameter, gradient and updater value once and keeps per-entry statistics;
 * see {@code src/docs/benchmarks.md} for the measured overhead and choose {@link #every(int)} accordingly.
 *
 * @since 0.1
 */
public final class DeterminismListener extends BaseTrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(DeterminismListener.class);

    private final int every;
    private final FingerprintRecorder recorder;
    private boolean seedChecked;

    private DeterminismListener(int every, FingerprintRecorder recorder) {
        this.every = every;
        this.recorder = recorder;
    }

    /** A listener that records every iteration into {@link Fingerprints#recorder()}. */
    public static DeterminismListener everyIteration() {
        return new DeterminismListener(1, null);
    }

    /**
     * A listener that records iterations 0, k, 2k, ... into {@link Fingerprints#recorder()}.
     *
     * @throws IllegalArgumentException for k below 1
     */
    public static DeterminismListener every(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Recording every " + iterations + " iterations is impossible; use 1"
                    + " (every iteration) or more");
        }
        return new DeterminismListener(iterations, null);
    }

    /** The same listener, recording into {@code target} instead of {@link Fingerprints#recorder()}. */
    public DeterminismListener recordInto(FingerprintRecorder target) {
        return new DeterminismListener(every, Objects.requireNonNull(target, "target"));
    }

    /** How many iterations apart the recorded ones are. */
    public int interval() {
        return every;
    }

    @Override
    public void onGradientCalculation(Model model) {
        int iteration = iterationCount(model);
        checkSeedOnce(model);
        if (iteration < 0 || !due(iteration)) {
            return;
        }
        Gradient gradient = model.gradient();
        if (gradient == null) {
            return;
        }
        FingerprintRecorder target = target();
        for (Map.Entry<String, INDArray> entry : new TreeMap<>(gradient.gradientForVariable()).entrySet()) {
            Nd4jFingerprints.record(target, EntryNames.of(iteration, entry.getKey(), EntryNames.GRADIENT),
                    entry.getValue());
        }
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        checkSeedOnce(model);
        if (!due(iteration)) {
            return;
        }
        FingerprintRecorder target = target();
        for (Map.Entry<String, INDArray> entry : new TreeMap<>(model.paramTable()).entrySet()) {
            Nd4jFingerprints.record(target, EntryNames.of(iteration, entry.getKey(), EntryNames.PARAMETERS),
                    entry.getValue());
        }
        recordUpdaterState(target, iteration, model);
        target.record(EntryNames.score(iteration), model.score());
    }

    private boolean due(int iteration) {
        return iteration % every == 0;
    }

    private FingerprintRecorder target() {
        return recorder != null ? recorder : Fingerprints.recorder();
    }

    private static void recordUpdaterState(FingerprintRecorder target, int iteration, Model model) {
        Updater updater = updaterOf(model);
        if (updater instanceof BaseMultiLayerUpdater<?> blocks) {
            for (UpdaterBlock block : blocks.getUpdaterBlocks()) {
                INDArray state = block.getUpdaterView();
                if (state != null && state.length() > 0) {
                    Nd4jFingerprints.record(target, EntryNames.updaterBlock(iteration, paramKeys(model, block)),
                            state);
                }
            }
        } else if (updater != null && updater.getStateViewArray() != null) {
            Nd4jFingerprints.record(target, EntryNames.updaterBlock(iteration, List.of("all")),
                    updater.getStateViewArray());
        }
    }

    private static Updater updaterOf(Model model) {
        if (model instanceof MultiLayerNetwork network) {
            return network.getUpdater(false);
        }
        if (model instanceof ComputationGraph graph) {
            return graph.getUpdater(false);
        }
        return null;
    }

    /** The block's parameters as keys of {@code paramTable()}: layer index (network) or name (graph), parameter. */
    private static List<String> paramKeys(Model model, UpdaterBlock block) {
        List<String> keys = new ArrayList<>();
        for (UpdaterBlock.ParamState state : block.getLayersAndVariablesInBlock()) {
            String layer = model instanceof MultiLayerNetwork && state.getLayer() instanceof Layer indexed
                    ? String.valueOf(indexed.getIndex()) : state.getLayer().getConfig().getLayerName();
            keys.add(layer + "_" + state.getParamName());
        }
        return keys;
    }

    private static int iterationCount(Model model) {
        if (model instanceof MultiLayerNetwork network) {
            return network.getIterationCount();
        }
        if (model instanceof ComputationGraph graph) {
            return graph.getIterationCount();
        }
        return -1;
    }

    /** Records the configuration's seed once and warns when it looks like the builder's clock default. */
    private void checkSeedOnce(Model model) {
        if (seedChecked || model.conf() == null) {
            return;
        }
        seedChecked = true;
        long seed = model.conf().getSeed();
        target().record(EntryNames.CONFIGURATION_SEED, seed);
        long now = System.currentTimeMillis();
        if (seed >= ManagementFactory.getRuntimeMXBean().getStartTime() && seed <= now) {
            LOG.warn("The network's seed {} is a time of this JVM's life: NeuralNetConfiguration.Builder took the"
                    + " clock because no seed was given, so every run starts differently. Fix: {}", seed,
                    org.seedeverything.dl4j.internal.ConfigurationSeedTarget.FIX);
        }
    }
}
