package org.seedeverything.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SparkDeterminism: a deterministic job passes every variation; each classic trap is caught with its rows. */
class SparkDeterminismTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSessions.seeded("local[2,2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aSeededJobGivesTheSameRowsUnderEveryVariation() {
        SparkDeterminismReport report = SparkDeterminism.builder(spark, s -> s.range(0, 20_000)
                        .withColumn("r", functions.rand())           // unseeded: the seed comes from the driver
                        .withColumn("u", functions.rand(7))
                        .groupBy(col("id").mod(50).as("k"))
                        .agg(count("*"), sum("id"), max("r"), max("u")))
                .inputPartitions(true)
                .check();
        report.assertDeterministic();
        assertEquals(List.of("baseline", "repeat", "parallelism", "retry", "input partitions"),
                report.variations().stream().map(Variation::name).toList());
        for (Variation variation : report.variations().subList(0, 4)) {
            assertEquals(report.variations().get(0).fingerprint(), variation.fingerprint(), variation.name());
            assertEquals(50, variation.rows());
        }
        // rand() draws per partition: another input partitioning gives other values, reported but not failing
        Variation input = report.variation("input partitions").orElseThrow();
        assertTrue(input.changed(), report.toString());
        assertFalse(input.required());
        assertTrue(report.toString().contains("legitimately depend"), report.toString());
    }

    @Test
    void mathRandomSharedByConcurrentTasksIsCaughtWithItsRows() {
        SparkDeterminismReport report = SparkDeterminism.check(spark, s -> s.range(0, 200_000, 1, 4)
                .map((MapFunction<Long, Double>) id -> Math.random(), Encoders.DOUBLE()));
        assertFalse(report.deterministic(), report.toString());
        // the retried partition draws later from the JVM-wide generator: its values cannot come back
        Variation retry = report.variation("retry").orElseThrow();
        assertTrue(retry.changed(), report.toString());
        assertRowsShown(retry);
        assertThrows(AssertionError.class, report::assertDeterministic);
    }

    @Test
    void floatingPointSumInAnotherGroupingIsCaughtUnderAnotherParallelism() {
        SparkDeterminismReport report = SparkDeterminism.check(spark, s -> s.range(0, 100_000, 1, 4)
                .selectExpr("id % 4 as k", "sin(id) * 1e12 as v")
                .repartition()                      // spark.sql.shuffle.partitions partial sums per key
                .groupBy("k").agg(sum("v").as("total")));
        Variation parallelism = report.variation("parallelism").orElseThrow();
        assertTrue(parallelism.changed(), report.toString());
        assertFalse(report.variation("repeat").orElseThrow().changed(), report.toString());
        assertRowsShown(parallelism);
        assertTrue(parallelism.difference().toString().startsWith("4 of 4 rows differ; only in run 1: [["),
                parallelism.difference().toString());
    }

    @Test
    void positionalRepartitionOfAnUnorderedInputIsCaught() {
        StructType schema = new StructType().add("value", DataTypes.LongType).add("partition", DataTypes.IntegerType);
        SparkDeterminismReport report = SparkDeterminism.check(spark, s -> {
            JavaRDD<Long> unordered = s.range(0, 3000, 1, 2).javaRDD().mapPartitions(SparkDeterminismTest::hashOrder);
            JavaRDD<Row> placed = unordered.repartition(3).mapPartitionsWithIndex((index, values) -> {
                List<Row> rows = new ArrayList<>();
                values.forEachRemaining(value -> rows.add(RowFactory.create(value, index)));
                return rows.iterator();
            }, true);
            return s.createDataFrame(placed, schema);
        });
        assertFalse(report.deterministic(), report.toString());
        Variation repeat = report.variation("repeat").orElseThrow();
        assertTrue(repeat.changed(), report.toString());
        assertRowsShown(repeat);
    }

    /** Rows in the iteration order of a set of objects with identity hash codes: another order in every run. */
    private static Iterator<Long> hashOrder(Iterator<Long> values) {
        Set<Object> set = new HashSet<>();
        values.forEachRemaining(value -> set.add(new Object[] {value}));
        List<Long> out = new ArrayList<>();
        for (Object holder : set) {
            out.add((Long) ((Object[]) holder)[0]);
        }
        return out.iterator();
    }

    private static void assertRowsShown(Variation variation) {
        RowDifference difference = variation.difference();
        assertTrue(difference.differingRows() > 0);
        assertFalse(difference.onlyInFirstRows().isEmpty() && difference.onlyInSecondRows().isEmpty());
        assertTrue(difference.toString().matches("[0-9]+ of [0-9]+ rows differ; only in run 1: \\[.*; only in run "
                + variation.run() + ": \\[.*"), difference.toString());
    }
}
