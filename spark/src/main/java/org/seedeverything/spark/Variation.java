package org.seedeverything.spark;

import java.util.Optional;
import org.seedeverything.fingerprint.Fingerprint;

/**
 * One run of a {@link SparkDeterminism} check: what was varied, the result's fingerprint and row count, and how it
 * differs from run 1 (the baseline).
 *
 * @param run         the run's number (1 is the baseline)
 * @param name        {@code baseline}, {@code repeat}, {@code parallelism}, {@code retry} or {@code input partitions}
 * @param setting     what was changed, e.g. {@code spark.sql.shuffle.partitions 4 -> 9}
 * @param fingerprint the result's multiset fingerprint ({@link SparkFingerprints#of}); null when skipped
 * @param rows        the result's row count; -1 when skipped
 * @param difference  the rows that differ from run 1; null for the baseline, a skipped run or an equal result
 * @param skipped     why the run was not made, or null
 * @param required    whether a change here makes the job nondeterministic (false for input partitions, on which
 *                    many jobs legitimately depend)
 * @since 0.1
 */
public record Variation(int run, String name, String setting, Fingerprint fingerprint, long rows,
                        RowDifference difference, String skipped, boolean required) {

    /** Whether this run's result differs from run 1's. */
    public boolean changed() {
        return difference != null && difference.differs();
    }

    /** The rows that differ from run 1, when they do. */
    public Optional<RowDifference> differenceFromBaseline() {
        return Optional.ofNullable(changed() ? difference : null);
    }
}
