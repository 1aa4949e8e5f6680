package org.seedeverything.spark.internal;

import java.io.Serializable;

/**
 * The order-insensitive digest of a multiset of rows: the sum of their 128-bit hashes modulo 2^128 and their count.
 *
 * <p>A sum, not an XOR: under XOR a row that appears twice cancels out (a duplicated row would leave the digest
 * unchanged, and any pair of equal rows would vanish), while a sum counts each copy. Addition is commutative and
 * associative, so partitions may be combined in any grouping and order.
 *
 * @param low   low 64 bits of the sum
 * @param high  high 64 bits of the sum
 * @param count number of rows
 */
public record MultisetDigest(long low, long high, long count) implements Serializable {
    /** The digest of no rows. */
    public static final MultisetDigest EMPTY = new MultisetDigest(0, 0, 0);

    /** The digest of both multisets together. */
    public MultisetDigest plus(MultisetDigest other) {
        long sumLow = low + other.low;
        long sumHigh = high + other.high + UInt128.carry(sumLow, low);
        return new MultisetDigest(sumLow, sumHigh, count + other.count);
    }
}
