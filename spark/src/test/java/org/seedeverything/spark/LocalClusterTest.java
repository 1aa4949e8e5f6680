package org.seedeverything.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.Fingerprint;

/**
 * Real executor JVMs: Spark's {@code local-cluster[2,1,1024]} starts a master, a worker and two executor processes
 * on this machine (Spark's testing mode: SPARK_TESTING=1, set by the POM's Surefire configuration; the executors get
 * the test class path through {@code spark.executor.extraClassPath} and an empty directory as Spark home). The
 * plugin's master reaches them through its init map, and they draw what local mode and the core compute.
 */
class LocalClusterTest {

    private static Dataset<Row> rows(SparkSession spark) {
        return spark.range(0, 10_000, 1, 4).selectExpr("id", "sin(id) as s", "cast(id * 7 as string) as t");
    }

    @Test
    void executorJvmsAreSeededFromThePluginsMaster() throws Exception {
        Path home = Files.createTempDirectory("seed-everything-spark-home");
        List<String> clusterDraws;
        Set<Long> executorPids = new TreeSet<>();
        Fingerprint clusterFingerprint;
        SparkSession spark = TestSessions.builder("local-cluster[2,1,1024]")
                .config("spark.plugins", SeedEverythingPlugin.class.getName())
                .config(SeedEverythingPlugin.MASTER_CONF, Long.toString(TestSessions.MASTER))
                .config("spark.home", home.toString())
                .config("spark.test.home", home.toString())
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.executor.memory", "512m")
                .getOrCreate();
        try {
            clusterDraws = TaskDraws.draws(spark, "draws");
            executorPids.addAll(spark.range(0, 8, 1, 8).javaRDD().map(id -> ProcessHandle.current().pid()).collect());
            clusterFingerprint = SparkFingerprints.of(rows(spark));
        } finally {
            spark.stop();
            Files.deleteIfExists(home);
        }
        assertFalse(executorPids.contains(ProcessHandle.current().pid()), "tasks ran in executor JVMs");

        for (int partition = 0; partition < TaskDraws.PARTITIONS; partition++) {
            String first = clusterDraws.get(2 * partition);
            long expected = Seeds.streamFor(TestSessions.MASTER, "noise", partition).nextLong();
            assertTrue(first.startsWith(partition + "/" + 2 * partition + " stream=" + expected + " "), first);
        }
        // ThreadLocalRandom is not compared here: in an executor JVM Spark's own code on the task thread draws from
        // it after the plugin seeded it and before the task's code runs (see src/docs/spark.md).

        SparkSession local = TestSessions.seeded("local[2]");
        try {
            assertEquals(clusterFingerprint, SparkFingerprints.of(rows(local)), "local-cluster vs local[2]");
            assertEquals(TaskDraws.withoutThreadSeeds(TaskDraws.draws(local, "draws")),
                    TaskDraws.withoutThreadSeeds(clusterDraws), "local-cluster vs local[2]");
        } finally {
            local.stop();
        }
    }
}
