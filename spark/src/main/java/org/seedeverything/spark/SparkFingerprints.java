package org.seedeverything.spark;

import org.apache.spark.sql.Dataset;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.spark.internal.DatasetRows;
import org.seedeverything.spark.internal.Differences;
import org.seedeverything.spark.internal.MultisetDigest;
import org.seedeverything.spark.internal.RowDigests;
import org.seedeverything.spark.internal.RowFingerprintFormat;

/**
 * Fingerprints of Spark Datasets, computed in one pass on the executors: no row is collected or shuffled, and the
 * driver keeps a few numbers per partition whatever the row count.
 *
 * <pre>{@code
 * Fingerprint rows = SparkFingerprints.of(result);          // fp1:xxh128:... for any partitioning and row order
 * Fingerprint sorted = SparkFingerprints.ordered(result.orderBy("id"));
 * SparkFingerprints.record("features", result);             // into the manifest that `seed-everything verify` compares
 * System.out.println(SparkFingerprints.compare(run1, run2, 5)); // 3 of 1000000 rows differ; only in run 1: [...]
 * }</pre>
 *
 * <h2>What is hashed</h2>
 * Each row is encoded canonically from the schema (every Spark SQL type; nulls, decimals, dates, timestamps,
 * binaries, arrays, maps in key order, nested structs; NaN canonical, -0.0 distinct) and hashed with XXH3-128.
 * {@link #of} sums the row hashes modulo 2^128 (a sum, not an XOR, so that a duplicated row counts) and adds the row
 * count and the schema; {@link #ordered} combines them as a polynomial in row order. The format, "spark-rows v1",
 * is specified in {@code src/docs/spark.md}; the text form is the core's {@code fp1:xxh128:...}.
 *
 * <h2>Stability</h2>
 * The same rows give the same fingerprint for any partition count, row order (for {@link #of}), parallelism,
 * executor layout, JDK and Spark version that has the same types.
 *
 * @since 0.1
 */
public final class SparkFingerprints {
    /** Rows of each side that {@link #compare(Dataset, Dataset)} shows: {@value}. */
    public static final int DEFAULT_SHOWN_ROWS = 5;

    private SparkFingerprints() {
    }

    /**
     * The order-insensitive (multiset) fingerprint of the rows of {@code dataset}: one Spark job.
     *
     * @throws IllegalArgumentException for a Spark Connect Dataset or a column type without canonical encoding
     */
    public static Fingerprint of(Dataset<?> dataset) {
        DatasetRows rows = DatasetRows.of(dataset);
        return RowFingerprintFormat.multiset(rows.schema(), RowDigests.multiset(rows.rows(), rows.encoder()));
    }

    /**
     * The order-sensitive fingerprint of the rows of {@code dataset} in partition order, for sorted results: the
     * same for any partition count of the same row sequence, different when two rows swap places.
     */
    public static Fingerprint ordered(Dataset<?> dataset) {
        DatasetRows rows = DatasetRows.of(dataset);
        return RowFingerprintFormat.sequence(rows.schema(), RowDigests.sequence(rows.rows(), rows.encoder()));
    }

    /**
     * Records the multiset fingerprint of {@code dataset} as a text entry {@code "<rows> rows, fp1:xxh128:..."} in
     * the core's current recorder ({@link Fingerprints#recorder()}): written to {@code -Dseeds.manifest} at exit, so
     * that {@code seed-everything verify} compares it across fresh JVMs.
     *
     * @return the Dataset's fingerprint (the one {@link #of} returns)
     */
    public static Fingerprint record(String name, Dataset<?> dataset) {
        DatasetRows rows = DatasetRows.of(dataset);
        MultisetDigest digest = RowDigests.multiset(rows.rows(), rows.encoder());
        Fingerprint fingerprint = RowFingerprintFormat.multiset(rows.schema(), digest);
        Fingerprints.recorder().record(name, digest.count() + " rows, " + fingerprint);
        return fingerprint;
    }

    /** {@link #compare(Dataset, Dataset, int)} showing {@value #DEFAULT_SHOWN_ROWS} rows of each side. */
    public static RowDifference compare(Dataset<?> first, Dataset<?> second) {
        return compare(first, second, DEFAULT_SHOWN_ROWS);
    }

    /**
     * The rows that {@code first} and {@code second} do not share, as multisets, with up to {@code shown} of them
     * per side, labelled "run 1" and "run 2". Each Dataset is evaluated twice or three times: persist a
     * nondeterministic one first, or the passes disagree with each other.
     *
     * @throws IllegalArgumentException when the schemas differ or {@code shown} is negative
     */
    public static RowDifference compare(Dataset<?> first, Dataset<?> second, int shown) {
        if (shown < 0) {
            throw new IllegalArgumentException("shown is " + shown + "; give 0 or more rows to show per side");
        }
        DatasetRows a = DatasetRows.of(first);
        DatasetRows b = DatasetRows.of(second);
        if (!a.schema().equals(b.schema())) {
            throw new IllegalArgumentException("The Datasets have different schemas, " + a.schema().simpleString()
                    + " and " + b.schema().simpleString() + "; compare results of the same query");
        }
        Differences.Outcome outcome = Differences.compare(a.rows(), RowDigests.buckets(a.rows(), a.encoder()),
                b.rows(), RowDigests.buckets(b.rows(), b.encoder()), a.schema(), a.encoder(), shown);
        return difference("run 1", "run 2", outcome);
    }

    static RowDifference difference(String firstLabel, String secondLabel, Differences.Outcome outcome) {
        return new RowDifference(firstLabel, secondLabel, outcome.firstRows(), outcome.secondRows(),
                outcome.onlyInFirst(), outcome.onlyInSecond(), outcome.exact(), outcome.firstSamples(),
                outcome.secondSamples());
    }
}
