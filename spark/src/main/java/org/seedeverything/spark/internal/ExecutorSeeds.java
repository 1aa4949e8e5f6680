package org.seedeverything.spark.internal;

import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master seed the plugin brought to this JVM (an executor's, or the driver's in local mode): set once by the
 * plugin's init, read by {@code SparkSeeds} and the per-task seeding.
 */
public final class ExecutorSeeds {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorSeeds.class);
    private static volatile Long master;

    private ExecutorSeeds() {
    }

    /** The plugin's master, or null when the plugin did not run in this JVM. */
    public static Long master() {
        return master;
    }

    /**
     * Seeds this JVM's globals from {@code seed} unless the driver plugin already did so in this JVM (local mode),
     * and remembers the master for tasks.
     */
    public static void start(long seed, SeedMode mode, String where) {
        if (!(Seeds.isSeeded() && Seeds.master() == seed)) {
            Seeds.builder().master(seed).mode(mode).apply();
        }
        master = seed;
        LOG.info("seed-everything: {} seeded from master {}", where, Seeds.format(seed));
    }

    /** The master for {@code caller}, or an error naming the plugin settings that provide it. */
    public static long requireMaster(String caller) {
        Long current = master;
        if (current == null) {
            throw new IllegalStateException(caller + " needs the master seed that SeedEverythingPlugin brings to"
                    + " every executor, but the plugin did not start in this JVM; run Spark with --conf"
                    + " spark.plugins=org.seedeverything.spark.SeedEverythingPlugin --conf spark.seeds.master=2021"
                    + " (or .config(...) on the SparkSession builder)");
        }
        return current;
    }
}
