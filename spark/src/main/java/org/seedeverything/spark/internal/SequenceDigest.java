package org.seedeverything.spark.internal;

import java.io.Serializable;

/**
 * The order-sensitive digest of a sequence of rows: the polynomial {@code h1*B^(n-1) + h2*B^(n-2) + ... + hn}
 * modulo 2^128 of the row hashes, with {@code B^n} and {@code n} kept so that two sequences concatenate exactly
 * ({@code left * B^n(right) + right}). Partitions are digested independently and joined in partition order, so the
 * digest of a sorted result does not depend on how many partitions hold it.
 *
 * <p>B is odd (so {@code B^n} never becomes 0 modulo 2^128) and B - 1 has a single factor 2, so swapping two rows
 * changes the digest unless their hashes collide in all but a few of the 128 bits.
 *
 * @param low       low 64 bits of the polynomial
 * @param high      high 64 bits of the polynomial
 * @param powerLow  low 64 bits of B^count
 * @param powerHigh high 64 bits of B^count
 * @param count     number of rows
 */
public record SequenceDigest(long low, long high, long powerLow, long powerHigh, long count) implements Serializable {
    /** B: the 128-bit golden-ratio constant with its low bits set to ...11 (odd, B - 1 = 2 mod 4). */
    static final long BASE_LOW = 0x7f4a7c15f39cc063L;
    static final long BASE_HIGH = 0x9e3779b97f4a7c15L;

    /** The digest of no rows. */
    public static final SequenceDigest EMPTY = new SequenceDigest(0, 0, 1, 0, 0);

    /** The digest of this sequence followed by {@code next}. */
    public SequenceDigest then(SequenceDigest next) {
        long[] product = new long[2];
        UInt128.multiply(low, high, next.powerLow, next.powerHigh, product);
        long sumLow = product[0] + next.low;
        long sumHigh = product[1] + next.high + UInt128.carry(sumLow, product[0]);
        long[] power = new long[2];
        UInt128.multiply(powerLow, powerHigh, next.powerLow, next.powerHigh, power);
        return new SequenceDigest(sumLow, sumHigh, power[0], power[1], count + next.count);
    }

    /** Appends rows one by one without allocating per row. */
    static final class Builder {
        private final long[] scratch = new long[2];
        private long low;
        private long high;
        private long powerLow = 1;
        private long powerHigh;
        private long count;

        void append(long hashLow, long hashHigh) {
            UInt128.multiply(low, high, BASE_LOW, BASE_HIGH, scratch);
            low = scratch[0] + hashLow;
            high = scratch[1] + hashHigh + UInt128.carry(low, scratch[0]);
            UInt128.multiply(powerLow, powerHigh, BASE_LOW, BASE_HIGH, scratch);
            powerLow = scratch[0];
            powerHigh = scratch[1];
            count++;
        }

        SequenceDigest build() {
            return new SequenceDigest(low, high, powerLow, powerHigh, count);
        }
    }
}
