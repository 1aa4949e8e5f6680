package org.seedeverything.benchmarks.spark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.spark.SparkFingerprints;

/**
 * {@code SparkFingerprints.of} on a cached Dataset (an id, a double, an int and two string columns) against
 * {@code count()} on the same cached Dataset and against what users write today: {@code collectAsList()} and a hash
 * of the rows on the driver, or a sum of {@code Row.hashCode()} over the RDD. Local mode on every core of the
 * machine ({@code local[*]}); rows from the environment variable {@value #ROWS_VARIABLE} (default 10 million;
 * JMH's forks inherit the environment).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparkFingerprintBenchmark {
    /** Environment variable with the row count: {@value}. */
    public static final String ROWS_VARIABLE = "SEEDS_BENCH_SPARK_ROWS";

    /** The row count of this run. */
    public static long rows() {
        String text = System.getenv(ROWS_VARIABLE);
        return text == null || text.isBlank() ? 10_000_000L : Long.parseLong(text.strip());
    }

    /** One local session and the cached Dataset, built once per trial. */
    @State(Scope.Benchmark)
    public static class CachedRows {
        SparkSession spark;
        Dataset<Row> rows;

        @Setup(Level.Trial)
        public void cache() {
            spark = SparkSession.builder().master("local[*]").appName("fingerprint-benchmark")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.maxResultSize", "0")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            rows = spark.range(0, rows(), 1, 8).selectExpr("id", "id * 0.5 as x", "cast(id % 1000 as int) as k",
                    "concat('name-', id) as name", "cast(id % 97 as string) as code").cache();
            rows.count();
        }

        @TearDown(Level.Trial)
        public void stop() {
            rows.unpersist(true);
            spark.stop();
        }
    }

    @Benchmark
    public Fingerprint fingerprint(CachedRows state) {
        return SparkFingerprints.of(state.rows);
    }

    @Benchmark
    public long count(CachedRows state) {
        return state.rows.count();
    }

    /**
     * Evidence: every row of the cached Dataset read as an internal row, nothing else ({@code count()} reads no
     * column of a cached Dataset at all: it adds up the cached batches' row counts).
     */
    @Benchmark
    public long scanRows(CachedRows state) {
        return ((org.apache.spark.sql.classic.Dataset<Row>) state.rows).queryExecution().toRdd().count();
    }

    /** What users write today: every row to the driver, then a hash of each (the cheapest: Row.hashCode). */
    @Benchmark
    public long collectAndHash(CachedRows state) {
        List<Row> all = state.rows.collectAsList();
        long sum = 0;
        for (Row row : all) {
            sum += row.hashCode();
        }
        return sum;
    }

    /** Also common: a sum of Row.hashCode() on the executors (no collect; Row objects are built per row). */
    @Benchmark
    public long rowHashCodeSum(CachedRows state) {
        return state.rows.javaRDD().map(row -> (long) row.hashCode()).reduce((Function2<Long, Long, Long>) Long::sum);
    }
}
