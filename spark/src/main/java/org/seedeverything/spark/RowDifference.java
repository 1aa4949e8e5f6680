package org.seedeverything.spark;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * Which rows two results of the same job do not share, as multisets: a changed row counts once on each side, a
 * missing or an extra copy of a row once on its side. {@link #toString()} reads
 * {@code 3 of 1000000 rows differ; only in run 1: [...]; only in run 2: [...]}.
 *
 * <p>Found without collecting either result (see {@link SparkFingerprints#compare}); when more than a million rows
 * differ the counts are lower bounds ({@link #exact()} is false) and the rows shown come from the smallest of the
 * differing hash buckets.
 *
 * @since 0.1
 */
public final class RowDifference {
    private final String firstLabel;
    private final String secondLabel;
    private final long firstRows;
    private final long secondRows;
    private final long onlyInFirst;
    private final long onlyInSecond;
    private final boolean exact;
    private final List<Row> firstSamples;
    private final List<Row> secondSamples;

    RowDifference(String firstLabel, String secondLabel, long firstRows, long secondRows, long onlyInFirst,
                  long onlyInSecond, boolean exact, List<Row> firstSamples, List<Row> secondSamples) {
        this.firstLabel = firstLabel;
        this.secondLabel = secondLabel;
        this.firstRows = firstRows;
        this.secondRows = secondRows;
        this.onlyInFirst = onlyInFirst;
        this.onlyInSecond = onlyInSecond;
        this.exact = exact;
        this.firstSamples = List.copyOf(firstSamples);
        this.secondSamples = List.copyOf(secondSamples);
    }

    /** Whether the two results differ as multisets of rows. */
    public boolean differs() {
        return onlyInFirst > 0 || onlyInSecond > 0;
    }

    /** Rows that differ: the larger of the two one-sided counts (a changed value makes one row differ). */
    public long differingRows() {
        return Math.max(onlyInFirst, onlyInSecond);
    }

    /** Copies of rows found in the first result but not in the second. */
    public long onlyInFirst() {
        return onlyInFirst;
    }

    /** Copies of rows found in the second result but not in the first. */
    public long onlyInSecond() {
        return onlyInSecond;
    }

    /** Rows of the first result. */
    public long firstRows() {
        return firstRows;
    }

    /** Rows of the second result. */
    public long secondRows() {
        return secondRows;
    }

    /** Whether the counts are exact (false: lower bounds, because over a million rows differ). */
    public boolean exact() {
        return exact;
    }

    /** Up to the requested number of rows found only in the first result. */
    public List<Row> onlyInFirstRows() {
        return firstSamples;
    }

    /** Up to the requested number of rows found only in the second result. */
    public List<Row> onlyInSecondRows() {
        return secondSamples;
    }

    /** {@code 3 of 1000000 rows differ; only in run 1: [...]; only in run 2: [...]}, or that none differ. */
    @Override
    public String toString() {
        long total = Math.max(firstRows, secondRows);
        if (!differs()) {
            return "no rows differ (" + total + " rows)";
        }
        return (exact ? "" : "at least ") + differingRows() + " of " + total + " rows differ; only in " + firstLabel
                + ": " + rows(firstSamples, onlyInFirst) + "; only in " + secondLabel + ": "
                + rows(secondSamples, onlyInSecond);
    }

    private static String rows(List<Row> samples, long count) {
        String shown = samples.stream().map(Row::toString).collect(Collectors.joining(", ", "[", ""));
        return shown + (count > samples.size() ? (samples.isEmpty() ? "" : ", ") + "... " + (count - samples.size())
                + " more]" : "]");
    }
}
