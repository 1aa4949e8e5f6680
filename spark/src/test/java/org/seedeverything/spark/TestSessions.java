package org.seedeverything.spark;

import org.apache.spark.sql.SparkSession;

/** Local sessions for the tests: small, quiet, UI off, with or without the plugin. */
final class TestSessions {
    static final long MASTER = 2021;

    private TestSessions() {
    }

    /** A session on {@code master} (e.g. {@code local[2,3]}: 2 threads, 3 tries per task) with the plugin. */
    static SparkSession seeded(String master) {
        return builder(master)
                .config("spark.plugins", SeedEverythingPlugin.class.getName())
                .config(SeedEverythingPlugin.MASTER_CONF, Long.toString(MASTER))
                .getOrCreate();
    }

    static SparkSession.Builder builder(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("seed-everything-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1");
    }
}
