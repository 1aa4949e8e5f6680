package org.seedeverything.spark.internal;

/** Arithmetic modulo 2^128 on (low, high) pairs of longs; results are returned as {@code long[2]}. */
final class UInt128 {
    private UInt128() {
    }

    /** The high 64 bits of {@code low + addend}'s carry: 1 when the unsigned sum wrapped. */
    static long carry(long sumLow, long low) {
        return Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
    }

    /** (aLow, aHigh) * (bLow, bHigh) mod 2^128, written into {@code out}. */
    static void multiply(long aLow, long aHigh, long bLow, long bHigh, long[] out) {
        long low = aLow * bLow;
        long high = unsignedMultiplyHigh(aLow, bLow) + aLow * bHigh + aHigh * bLow;
        out[0] = low;
        out[1] = high;
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh arrived only in JDK 18). */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }
}
