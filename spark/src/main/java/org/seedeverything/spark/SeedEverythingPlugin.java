package org.seedeverything.spark;

import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.SparkPlugin;
import org.seedeverything.spark.internal.PluginDriver;
import org.seedeverything.spark.internal.PluginExecutor;

/**
 * One master seed for the driver, every executor and every task:
 * <pre>{@code
 * spark-submit --jars seed-everything-core.jar,seed-everything-spark.jar,... \
 *   --conf spark.plugins=org.seedeverything.spark.SeedEverythingPlugin --conf spark.seeds.master=2021 app.jar
 * }</pre>
 *
 * <h2>Driver</h2>
 * {@code Seeds.everything(master)} (mode from {@value #MODE_CONF}), which with this jar also seeds the driver
 * generators Spark's unseeded APIs draw from: {@code functions.rand()}, {@code randn()}, {@code uuid()},
 * {@code shuffle()}, {@code Dataset.sample(fraction)} and {@code sample(withReplacement, fraction)},
 * {@code randomSplit(weights)} and the old {@code mllib} defaults repeat for the same master in a fresh driver JVM.
 * Without {@value #MASTER_CONF} a master is read from {@code -Dseeds.master}/{@code SEEDS_MASTER} or drawn, and the
 * reproduce line is logged.
 *
 * <h2>Executors and tasks</h2>
 * The master reaches each executor through the plugin's init map (never the user's environment); each executor JVM
 * seeds its globals, and before every task the task thread's {@code ThreadLocalRandom} (and ND4J's with the
 * adapter) is seeded from (master, scope, partition index): see {@link SparkSeeds#scope} (ThreadLocalRandom's values
 * also depend on the thread's id; {@link SparkSeeds#stream} does not). Attempt numbers, stage,
 * task and executor ids are never part of the key, so retries and speculative copies draw the same values.
 *
 * @since 0.1
 */
public final class SeedEverythingPlugin implements SparkPlugin {
    /** The Spark setting holding the master seed: {@value}. */
    public static final String MASTER_CONF = "spark.seeds.master";
    /** The Spark setting holding the {@code SeedMode} (SEED_ONLY, DETERMINISTIC, STRICT): {@value}. */
    public static final String MODE_CONF = "spark.seeds.mode";

    /** Used by Spark, which instantiates the classes named in {@code spark.plugins}. */
    public SeedEverythingPlugin() {
    }

    @Override
    public DriverPlugin driverPlugin() {
        return new PluginDriver(MASTER_CONF, MODE_CONF);
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new PluginExecutor();
    }
}
