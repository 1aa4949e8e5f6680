package org.seedeverything.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The Spark jobs behind fingerprints and differences: each is one pass of {@code mapPartitions} over the rows that
 * returns a few numbers per partition to the driver (no row is collected or shuffled), except
 * {@link #rowsWithHashes}, which fetches at most {@code limit} rows per partition.
 */
public final class RowDigests {
    /** Buckets by the top {@value #BUCKET_BITS} bits of a row's hash, used to find where two results differ. */
    public static final int BUCKET_BITS = 12;
    /** Number of buckets: {@value}. */
    public static final int BUCKETS = 1 << BUCKET_BITS;

    private RowDigests() {
    }

    /** The bucket of a row hash. */
    public static int bucket(long hashHigh) {
        return (int) (hashHigh >>> (64 - BUCKET_BITS));
    }

    /** The multiset digest of every row. */
    public static MultisetDigest multiset(RDD<InternalRow> rows, CanonicalRowEncoder encoder) {
        MultisetDigest total = MultisetDigest.EMPTY;
        for (MultisetDigest partition : rows.toJavaRDD().mapPartitions(new MultisetPass(encoder)).collect()) {
            total = total.plus(partition);
        }
        return total;
    }

    /** The sequence digest of every row, partitions joined in partition order. */
    public static SequenceDigest sequence(RDD<InternalRow> rows, CanonicalRowEncoder encoder) {
        SequenceDigest total = SequenceDigest.EMPTY;
        // collect() returns the partitions' results in partition order
        for (SequenceDigest partition : rows.toJavaRDD().mapPartitions(new SequencePass(encoder)).collect()) {
            total = total.then(partition);
        }
        return total;
    }

    /** Per bucket: the multiset digest of the rows whose hash falls into it. */
    public static MultisetDigest[] buckets(RDD<InternalRow> rows, CanonicalRowEncoder encoder) {
        long[] sums = new long[3 * BUCKETS];
        for (long[] partition : rows.toJavaRDD().mapPartitions(new BucketPass(encoder)).collect()) {
            for (int b = 0; b < BUCKETS; b++) {
                long low = sums[3 * b] + partition[3 * b];
                sums[3 * b + 1] += partition[3 * b + 1] + UInt128.carry(low, sums[3 * b]);
                sums[3 * b] = low;
                sums[3 * b + 2] += partition[3 * b + 2];
            }
        }
        MultisetDigest[] result = new MultisetDigest[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            result[b] = new MultisetDigest(sums[3 * b], sums[3 * b + 1], sums[3 * b + 2]);
        }
        return result;
    }

    /** The hashes ({@code low, high}) of the rows that fall into {@code buckets}. */
    public static List<RowHash> hashesIn(RDD<InternalRow> rows, CanonicalRowEncoder encoder, Set<Integer> buckets) {
        return rows.toJavaRDD().mapPartitions(new HashesInBuckets(encoder, buckets)).collect();
    }

    /** Up to {@code limit} copies of rows per partition whose hash is in {@code hashes}. */
    public static List<InternalRow> rowsWithHashes(RDD<InternalRow> rows, CanonicalRowEncoder encoder,
                                                   Set<RowHash> hashes, int limit) {
        JavaRDD<InternalRow> matching = rows.toJavaRDD().mapPartitions(new RowsWithHashes(encoder, hashes, limit));
        return matching.collect();
    }

    /** A row's 128-bit hash. */
    public record RowHash(long low, long high) implements Serializable {
    }

    /** A pass over one partition that hashes its rows; subclasses say what they return per partition. */
    private abstract static class HashingPass<R> implements FlatMapFunction<Iterator<InternalRow>, R> {
        private static final long serialVersionUID = 1L;
        private final CanonicalRowEncoder encoder;

        HashingPass(CanonicalRowEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public final Iterator<R> call(Iterator<InternalRow> rows) {
            return digest(rows, new RowHasher(encoder));
        }

        abstract Iterator<R> digest(Iterator<InternalRow> rows, RowHasher hasher);
    }

    private static final class MultisetPass extends HashingPass<MultisetDigest> {
        private static final long serialVersionUID = 1L;

        MultisetPass(CanonicalRowEncoder encoder) {
            super(encoder);
        }

        @Override
        Iterator<MultisetDigest> digest(Iterator<InternalRow> rows, RowHasher hasher) {
            long low = 0;
            long high = 0;
            long count = 0;
            while (rows.hasNext()) {
                hasher.hash(rows.next());
                long sum = low + hasher.low();
                high += hasher.high() + UInt128.carry(sum, low);
                low = sum;
                count++;
            }
            return List.of(new MultisetDigest(low, high, count)).iterator();
        }
    }

    private static final class SequencePass extends HashingPass<SequenceDigest> {
        private static final long serialVersionUID = 1L;

        SequencePass(CanonicalRowEncoder encoder) {
            super(encoder);
        }

        @Override
        Iterator<SequenceDigest> digest(Iterator<InternalRow> rows, RowHasher hasher) {
            SequenceDigest.Builder builder = new SequenceDigest.Builder();
            while (rows.hasNext()) {
                hasher.hash(rows.next());
                builder.append(hasher.low(), hasher.high());
            }
            return List.of(builder.build()).iterator();
        }
    }

    private static final class BucketPass extends HashingPass<long[]> {
        private static final long serialVersionUID = 1L;

        BucketPass(CanonicalRowEncoder encoder) {
            super(encoder);
        }

        @Override
        Iterator<long[]> digest(Iterator<InternalRow> rows, RowHasher hasher) {
            long[] sums = new long[3 * BUCKETS];
            while (rows.hasNext()) {
                hasher.hash(rows.next());
                int b = 3 * bucket(hasher.high());
                long low = sums[b] + hasher.low();
                sums[b + 1] += hasher.high() + UInt128.carry(low, sums[b]);
                sums[b] = low;
                sums[b + 2]++;
            }
            return List.of(sums).iterator();
        }
    }

    private static final class HashesInBuckets extends HashingPass<RowHash> {
        private static final long serialVersionUID = 1L;
        private final Set<Integer> buckets;

        HashesInBuckets(CanonicalRowEncoder encoder, Set<Integer> buckets) {
            super(encoder);
            this.buckets = buckets;
        }

        @Override
        Iterator<RowHash> digest(Iterator<InternalRow> rows, RowHasher hasher) {
            List<RowHash> found = new ArrayList<>();
            while (rows.hasNext()) {
                hasher.hash(rows.next());
                if (buckets.contains(bucket(hasher.high()))) {
                    found.add(new RowHash(hasher.low(), hasher.high()));
                }
            }
            return found.iterator();
        }
    }

    private static final class RowsWithHashes extends HashingPass<InternalRow> {
        private static final long serialVersionUID = 1L;
        private final Set<RowHash> hashes;
        private final int limit;

        RowsWithHashes(CanonicalRowEncoder encoder, Set<RowHash> hashes, int limit) {
            super(encoder);
            this.hashes = hashes;
            this.limit = limit;
        }

        @Override
        Iterator<InternalRow> digest(Iterator<InternalRow> rows, RowHasher hasher) {
            List<InternalRow> found = new ArrayList<>();
            while (rows.hasNext() && found.size() < limit) {
                InternalRow row = rows.next();
                hasher.hash(row);
                if (hashes.contains(new RowHash(hasher.low(), hasher.high()))) {
                    found.add(row.copy());
                }
            }
            return found.iterator();
        }
    }
}
