package org.seedeverything.djl;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import org.seedeverything.SeedMode;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

/**
 * Main class run in fresh JVMs by {@link DjlForkedDeterminismTest}; prints {@code key=value} lines.
 *
 * <ul>
 *   <li>{@code train MASTER}: {@code Seeds.everything(MASTER)}, then a {@code randomNormal(5)} draw and a small MLP
 *       with dropout trained for three epochs on a shuffled dataset; prints every parameter's fingerprint.</li>
 *   <li>{@code train unseeded}: the same without any seeding.</li>
 *   <li>{@code flags}: {@code Seeds.everything} in mode DETERMINISTIC; prints the notes and libtorch's threads.</li>
 * </ul>
 */
public final class TrainingProbe {
    private static final int SAMPLES = 64;
    private static final int FEATURES = 8;

    private TrainingProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        switch (arguments[0]) {
            case "train" -> train(arguments[1]);
            case "flags" -> flags();
            default -> throw new IllegalArgumentException("unknown probe " + arguments[0]);
        }
    }

    private static void train(String master) throws Exception {
        if (!master.equals("unseeded")) {
            SeedReport report = Seeds.builder().master(Seeds.parse(master)).log(false).apply();
            print("status", report.target(DjlSeeds.TARGET_NAME).orElseThrow().status().name());
            print("engine-seed", String.valueOf(DjlSeeds.engineSeed().orElseThrow()));
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            print("randomNormal", DjlFingerprints.of(manager.randomNormal(new Shape(5))).toString());
            ArrayDataset dataset = syntheticData(manager);
            SequentialBlock network = new SequentialBlock()
                    .add(Linear.builder().setUnits(16).build())
                    .add(Activation::relu)
                    .add(Dropout.builder().optRate(0.5f).build())
                    .add(Linear.builder().setUnits(2).build());
            try (Model model = Model.newInstance("mlp")) {
                model.setBlock(network);
                DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                        .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build());
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(8, FEATURES));
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (Batch batch : trainer.iterateDataset(dataset)) {
                            EasyTrain.trainBatch(trainer, batch);
                            trainer.step();
                            batch.close();
                        }
                    }
                }
                for (Pair<String, Parameter> parameter : network.getParameters()) {
                    print("param." + parameter.getKey(), DjlFingerprints.of(parameter.getValue().getArray()).toString());
                }
            }
        }
    }

    /** The same 64 samples in every run: a fixed arithmetic pattern, no generator involved. */
    private static ArrayDataset syntheticData(NDManager manager) {
        float[] features = new float[SAMPLES * FEATURES];
        float[] labels = new float[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            float sum = 0;
            for (int j = 0; j < FEATURES; j++) {
                float value = ((i * 31 + j * 17) % 23) / 11.5f - 1f;
                features[i * FEATURES + j] = value;
                sum += value;
            }
            labels[i] = sum > 0 ? 1 : 0;
        }
        NDArray data = manager.create(features, new Shape(SAMPLES, FEATURES));
        NDArray label = manager.create(labels, new Shape(SAMPLES));
        return new ArrayDataset.Builder().setData(data).optLabels(label).setSampling(8, true).build();
    }

    private static void flags() {
        SeedReport report = Seeds.builder().master(2021).mode(SeedMode.DETERMINISTIC).log(false).apply();
        report.determinismNotes().stream()
                .filter(note -> note.source().startsWith("djl"))
                .forEach(note -> print("note", note.applied() + " " + note.message()));
        print("threads", String.valueOf(JniUtils.getNumThreads()));
        print("child-options", String.join(" ", Seeds.childJvmOptions()));
        print("facts.pytorch", report.environment().getOrDefault("djl.pytorch.version", "absent"));
        print("engine", Engine.getInstance().getEngineName());
    }

    private static void print(String key, String value) {
        System.out.println(key + "=" + value);
    }
}
