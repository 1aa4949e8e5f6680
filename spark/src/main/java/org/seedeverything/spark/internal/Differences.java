package org.seedeverything.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters$;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.seedeverything.spark.internal.RowDigests.RowHash;
import scala.Function1;

/**
 * Finds the rows that two results do not share, without collecting either: the per-bucket digests (one pass each)
 * name the buckets that differ; the row hashes of only those buckets come to the driver (at most
 * {@link #MAX_HASHES} per side, smallest buckets first), their multiset difference gives the count, and a last pass
 * fetches up to {@code shown} rows of each side by hash.
 */
public final class Differences {
    /** Row hashes fetched per side at most (16 bytes each): {@value}. */
    public static final int MAX_HASHES = 1_000_000;

    private Differences() {
    }

    /** What differs between two results. */
    public record Outcome(long firstRows, long secondRows, long onlyInFirst, long onlyInSecond, boolean exact,
                          int differingBuckets, List<Row> firstSamples, List<Row> secondSamples) {
    }

    /** Compares two results of the same schema whose bucket digests are already known. */
    public static Outcome compare(RDD<InternalRow> first, MultisetDigest[] firstBuckets, RDD<InternalRow> second,
                                  MultisetDigest[] secondBuckets, StructType schema, CanonicalRowEncoder encoder,
                                  int shown) {
        long firstRows = 0;
        long secondRows = 0;
        List<Integer> differing = new ArrayList<>();
        for (int b = 0; b < RowDigests.BUCKETS; b++) {
            firstRows += firstBuckets[b].count();
            secondRows += secondBuckets[b].count();
            if (!firstBuckets[b].equals(secondBuckets[b])) {
                differing.add(b);
            }
        }
        if (differing.isEmpty()) {
            return new Outcome(firstRows, secondRows, 0, 0, true, 0, List.of(), List.of());
        }
        // Smallest buckets first, within the budget of hashes the driver fetches.
        differing.sort(Comparator.comparingLong(b -> Math.max(firstBuckets[b].count(), secondBuckets[b].count())));
        Set<Integer> chosen = new HashSet<>();
        long budget = MAX_HASHES;
        for (int b : differing) {
            long size = Math.max(firstBuckets[b].count(), secondBuckets[b].count());
            if (size > budget && !chosen.isEmpty()) {
                break;
            }
            chosen.add(b);
            budget -= size;
        }
        boolean exact = chosen.size() == differing.size();
        Map<RowHash, Long> balance = new HashMap<>();
        for (RowHash hash : RowDigests.hashesIn(first, encoder, chosen)) {
            balance.merge(hash, 1L, Long::sum);
        }
        for (RowHash hash : RowDigests.hashesIn(second, encoder, chosen)) {
            balance.merge(hash, -1L, Long::sum);
        }
        long onlyInFirst = 0;
        long onlyInSecond = 0;
        Set<RowHash> firstHashes = new LinkedHashSet<>();
        Set<RowHash> secondHashes = new LinkedHashSet<>();
        for (Map.Entry<RowHash, Long> entry : balance.entrySet()) {
            long surplus = entry.getValue();
            if (surplus > 0) {
                onlyInFirst += surplus;
                firstHashes.add(entry.getKey());
            } else if (surplus < 0) {
                onlyInSecond -= surplus;
                secondHashes.add(entry.getKey());
            }
        }
        if (!exact) {
            // Buckets not examined row by row count at least their difference in row count.
            for (int b : differing) {
                if (!chosen.contains(b)) {
                    long delta = firstBuckets[b].count() - secondBuckets[b].count();
                    onlyInFirst += Math.max(0, delta);
                    onlyInSecond += Math.max(0, -delta);
                }
            }
        }
        return new Outcome(firstRows, secondRows, onlyInFirst, onlyInSecond, exact, differing.size(),
                samples(first, encoder, schema, limit(firstHashes, shown), shown),
                samples(second, encoder, schema, limit(secondHashes, shown), shown));
    }

    private static Set<RowHash> limit(Set<RowHash> hashes, int shown) {
        Set<RowHash> kept = new HashSet<>();
        for (RowHash hash : hashes) {
            if (kept.size() >= shown) {
                break;
            }
            kept.add(hash);
        }
        return kept;
    }

    private static List<Row> samples(RDD<InternalRow> rows, CanonicalRowEncoder encoder, StructType schema,
                                     Set<RowHash> hashes, int shown) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        Function1<Object, Object> toRow = CatalystTypeConverters$.MODULE$.createToScalaConverter(schema);
        List<Row> found = new ArrayList<>();
        for (InternalRow row : RowDigests.rowsWithHashes(rows, encoder, hashes, shown)) {
            if (found.size() >= shown) {
                break;
            }
            found.add((Row) toRow.apply(row));
        }
        return List.copyOf(found);
    }
}
