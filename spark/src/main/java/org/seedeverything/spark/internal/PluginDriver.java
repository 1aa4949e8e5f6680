package org.seedeverything.spark.internal;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.seedeverything.SeedMode;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver half of the plugin: seeds the driver (its JVM globals and Spark's driver generators, through
 * {@code Seeds}' targets) and hands the master to every executor through the plugin's init map.
 */
public final class PluginDriver implements DriverPlugin {
    /** Key of the master in the map each executor plugin receives. */
    static final String MASTER_KEY = "master";
    /** Key of the mode in the map each executor plugin receives. */
    static final String MODE_KEY = "mode";

    private static final Logger LOG = LoggerFactory.getLogger(PluginDriver.class);

    private final String masterConf;
    private final String modeConf;

    /** A driver half that reads the master and mode from these Spark settings. */
    public PluginDriver(String masterConf, String modeConf) {
        this.masterConf = masterConf;
        this.modeConf = modeConf;
    }

    @Override
    public Map<String, String> init(SparkContext context, PluginContext plugin) {
        String masterText = context.getConf().get(masterConf, null);
        String modeText = context.getConf().get(modeConf, null);
        Seeds.Builder builder = Seeds.builder();
        if (masterText != null && !masterText.isBlank()) {
            builder.master(parseMaster(masterText));
        }
        SeedMode mode = parseMode(modeText);
        if (mode != null) {
            builder.mode(mode);
        }
        SeedReport report = builder.apply();
        long master = report.master();
        LOG.info("seed-everything Spark plugin: master {} ({}); reproduce with --conf {}={}", Seeds.format(master),
                report.masterSource(), masterConf, Seeds.format(master));
        ExecutorSeeds.start(master, report.mode(), "driver");
        return Map.of(MASTER_KEY, Seeds.format(master), MODE_KEY, report.mode().name());
    }

    private long parseMaster(String text) {
        try {
            return Seeds.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("The Spark setting " + masterConf + "=" + text + " is not a seed: "
                    + bad.getMessage(), bad);
        }
    }

    private SeedMode parseMode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SeedMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("The Spark setting " + modeConf + "=" + text + " is not a mode; use"
                    + " one of SEED_ONLY, DETERMINISTIC, STRICT", bad);
        }
    }

    /** Reads the master sent by {@link #init} (for the executor half). */
    static long master(Map<String, String> sent) {
        String text = sent.get(MASTER_KEY);
        if (text == null) {
            throw new IllegalStateException("The executor received no master seed from the driver plugin; the"
                    + " driver must run the same SeedEverythingPlugin (spark.plugins)");
        }
        return Seeds.parse(text);
    }

    static SeedMode mode(Map<String, String> sent) {
        String text = sent.get(MODE_KEY);
        return text == null ? SeedMode.SEED_ONLY : SeedMode.valueOf(text);
    }
}
