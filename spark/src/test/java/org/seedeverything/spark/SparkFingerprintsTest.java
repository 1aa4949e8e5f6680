package org.seedeverything.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.fingerprint.RecordingScope;

/** Dataset fingerprints: the same rows give the same fingerprint however they are laid out, one changed row not. */
class SparkFingerprintsTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSessions.builder("local[2]").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** 1000 rows of every kind of column: nulls, decimals, dates, timestamps, binary, arrays, maps, structs, NaN. */
    private static Dataset<Row> rows(int partitions) {
        return spark.range(0, 1000, 1, partitions).selectExpr(
                "id",
                "case when id % 7 = 0 then null else concat('name-', id) end as name",
                "cast(id * 1.25 as decimal(12,2)) as amount",
                "cast(id as decimal(38,0)) * 1000000000000000000000 as big",
                "date_add(date'2024-01-01', cast(id as int)) as day",
                "timestamp_micros(id * 1000003) as at",
                "cast(concat('b', id) as binary) as bytes",
                "array(concat('t', id % 3), null) as tags",
                "map('k', cast(id as int), 'j', cast(id % 5 as int)) as attrs",
                "named_struct('x', id * 0.5, 'y', -0.0, 'inner', named_struct('n', id % 2 = 0)) as point",
                "case when id % 11 = 0 then double('NaN') else id / 3.0 end as score");
    }

    @Test
    void sameRowsGiveTheSameFingerprintForAnyPartitioningAndOrder() {
        Fingerprint one = SparkFingerprints.of(rows(1));
        assertEquals(one, SparkFingerprints.of(rows(3)));
        assertEquals(one, SparkFingerprints.of(rows(7)));
        assertEquals(one, SparkFingerprints.of(rows(3).orderBy(functions.rand(5))));
        assertEquals(one, SparkFingerprints.of(rows(7).repartition(5, col("name"))));
        assertTrue(one.toString().startsWith("fp1:xxh128:"), one.toString());
    }

    @Test
    void oneChangedRemovedOrDuplicatedRowChangesTheFingerprint() {
        Dataset<Row> original = rows(3);
        Fingerprint fingerprint = SparkFingerprints.of(original);
        Dataset<Row> changed = original.withColumn("amount",
                when(col("id").equalTo(500), col("amount").plus(lit(0.01)).cast("decimal(12,2)"))
                        .otherwise(col("amount")));
        Dataset<Row> removed = original.filter(col("id").notEqual(500));
        Dataset<Row> duplicated = original.union(original.filter(col("id").equalTo(500)));
        Dataset<Row> negativeZero = original.withColumn("score",
                when(col("id").equalTo(1), lit(-0.0)).when(col("id").equalTo(2), lit(0.0)).otherwise(col("score")));
        Dataset<Row> positiveZero = original.withColumn("score",
                when(col("id").equalTo(1), lit(0.0)).when(col("id").equalTo(2), lit(-0.0)).otherwise(col("score")));
        assertNotEquals(fingerprint, SparkFingerprints.of(changed));
        assertNotEquals(fingerprint, SparkFingerprints.of(removed));
        assertNotEquals(fingerprint, SparkFingerprints.of(duplicated));
        assertNotEquals(SparkFingerprints.of(negativeZero), SparkFingerprints.of(positiveZero));
    }

    @Test
    void orderedFingerprintFollowsRowOrderNotPartitioning() {
        Fingerprint sorted = SparkFingerprints.ordered(rows(1).orderBy("id"));
        assertEquals(sorted, SparkFingerprints.ordered(rows(7).repartitionByRange(3, col("id"))
                .sortWithinPartitions("id")));
        assertEquals(sorted, SparkFingerprints.ordered(rows(3).repartitionByRange(7, col("id"))
                .sortWithinPartitions("id")));
        Dataset<Row> twoSwapped = rows(3).orderBy(when(col("id").equalTo(10), 11)
                .when(col("id").equalTo(11), 10).otherwise(col("id")));
        assertNotEquals(sorted, SparkFingerprints.ordered(twoSwapped));
        assertEquals(SparkFingerprints.of(rows(1)), SparkFingerprints.of(twoSwapped));
    }

    @Test
    void comparisonNamesTheRowsOnlyOneSideHas() {
        Dataset<Row> first = spark.range(0, 1000, 1, 3).selectExpr("id", "id * 2 as twice");
        Dataset<Row> second = first.filter(col("id").notEqual(17))
                .union(spark.range(5000, 5001).selectExpr("id", "id * 2 as twice"));
        RowDifference difference = SparkFingerprints.compare(first, second);
        assertTrue(difference.differs());
        assertEquals(1, difference.onlyInFirst());
        assertEquals(1, difference.onlyInSecond());
        assertEquals("1 of 1000 rows differ; only in run 1: [[17,34]]; only in run 2: [[5000,10000]]",
                difference.toString());
        assertFalse(SparkFingerprints.compare(first, first.repartition(4)).differs());
    }

    @Test
    void recordWritesRowCountAndFingerprintIntoTheCoreRecorder() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        Fingerprint fingerprint;
        try (RecordingScope scope = Fingerprints.recordInto(recorder)) {
            fingerprint = SparkFingerprints.record("rows", rows(3));
        }
        assertEquals(fingerprint, SparkFingerprints.of(rows(7)));
        assertEquals("1000 rows, " + fingerprint, recorder.manifest().entries().get(0).text().orElseThrow());
    }
}
