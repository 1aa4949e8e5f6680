package org.seedeverything.dl4j;

import java.util.Objects;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.nd4j.linalg.dataset.DataSet;
import org.seedeverything.Seeds;
import org.seedeverything.nd4j.internal.ThreadRandoms;

/**
 * The seeds DL4J must be handed explicitly. With this adapter on the class path, {@code Seeds.everything(master)}
 * seeds the calling thread's ND4J generator and gives every thread nobody seeded (DL4J's prefetch threads, a
 * worker that calls {@code fit}) a seed from (master, thread name) on its first draw, so dropout and other draws
 * repeat on any thread. Two clock seeds stay out of reach of any global seeding; give them one line each:
 *
 * <pre>{@code
 * Seeds.everything(2021);
 * MultiLayerConfiguration conf = Dl4jSeeds.configure(new NeuralNetConfiguration.Builder())   // = .seed(Seeds.derive("model"))
 *         .updater(new Adam(1e-3)).list()...build();
 * Dl4jSeeds.shuffle(trainingData, epoch);                       // = trainingData.shuffle(Seeds.derive("shuffle", epoch))
 * }</pre>
 *
 * <p>The seed report names the same line under target {@code dl4j.configuration}. With the agent
 * ({@code -javaagent:seed-everything-agent.jar=seed=2021}) neither line is needed.
 *
 * @since 0.1
 */
public final class Dl4jSeeds {
    /** The derivation name of the network's seed: {@value}. */
    public static final String MODEL_SEED_NAME = "model";
    /** The derivation name of the shuffle seeds ({@code path}: the epoch): {@value}. */
    public static final String SHUFFLE_SEED_NAME = "shuffle";

    private Dl4jSeeds() {
    }

    /**
     * Gives {@code builder} the seed {@code Seeds.derive("model")} (never 0) instead of the clock and returns it. Like any
     * {@code Builder.seed(long)} it also reseeds the calling thread's ND4J generator.
     *
     * @throws IllegalStateException when no master seed is set yet (call {@code Seeds.everything} first)
     */
    public static NeuralNetConfiguration.Builder configure(NeuralNetConfiguration.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        // ND4J turns a seed of 0 into the clock, so 0 (one derived seed in 2^64) is replaced as everywhere else.
        return builder.seed(ThreadRandoms.nonZero(Seeds.derive(MODEL_SEED_NAME)));
    }

    /** Shuffles {@code dataSet} with {@code Seeds.derive("shuffle", epoch)} instead of the clock. */
    public static void shuffle(DataSet dataSet, long epoch) {
        Objects.requireNonNull(dataSet, "dataSet");
        dataSet.shuffle(Seeds.derive(SHUFFLE_SEED_NAME, epoch));
    }
}
