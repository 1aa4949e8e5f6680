package org.seedeverything.spark.programs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.seedeverything.spark.SeedEverythingPlugin;
import org.seedeverything.spark.SparkFingerprints;

/**
 * A driver program that calls Spark's unseeded APIs and records their results with SparkFingerprints.record (the
 * manifest goes to -Dseeds.manifest at exit). Argument: {@code plugin} to run with SeedEverythingPlugin and master
 * 2021, {@code plain} without.
 */
public final class UnseededSparkProgram {
    private UnseededSparkProgram() {
    }

    public static void main(String[] args) {
        SparkSession.Builder builder = SparkSession.builder().master("local[2]").appName("unseeded")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        if (args.length > 0 && args[0].equals("plugin")) {
            builder.config("spark.plugins", SeedEverythingPlugin.class.getName())
                    .config(SeedEverythingPlugin.MASTER_CONF, "2021");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Dataset<Row> base = spark.range(0, 2000, 1, 4).toDF();
            SparkFingerprints.record("rand", base.select(col("id"), rand(), randn()));
            SparkFingerprints.record("sample", base.sample(0.1));
            SparkFingerprints.record("randomSplit", base.randomSplit(new double[] {0.7, 0.3})[0]);
        } finally {
            spark.stop();
        }
    }
}
