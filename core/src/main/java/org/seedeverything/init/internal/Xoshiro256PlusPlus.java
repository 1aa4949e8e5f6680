package org.seedeverything.init.internal;

/**
 * The xoshiro256++ generator of Blackman and Vigna, written out so that the fill loops can inline it. Its raw
 * 64-bit output for a given 256-bit state equals Commons RNG's {@code XO_SHI_RO_256_PP} (checked by a test), but it
 * has no virtual calls and no bounds checks on the hot path. Not thread-safe: one instance per block.
 */
public final class Xoshiro256PlusPlus {
    // Package-private so the fill loops can keep the state in local variables (registers) and write it back.
    long s0;
    long s1;
    long s2;
    long s3;

    /** A generator in the given native state (four 64-bit words, not all zero). */
    public Xoshiro256PlusPlus(long s0, long s1, long s2, long s3) {
        if ((s0 | s1 | s2 | s3) == 0) {
            throw new IllegalArgumentException("The xoshiro256++ state is all zero; it would only ever output 0");
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /** The next raw 64-bit output. */
    public long nextLong() {
        long a = s0;
        long b = s1;
        long c = s2;
        long d = s3;
        long result = Long.rotateLeft(a + d, 23) + a;
        long t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = Long.rotateLeft(d, 45);
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
        return result;
    }

    /** Sets the state (from a loop that advanced a local copy of it). */
    void setState(long a, long b, long c, long d) {
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
    }

    /** A double in [0, 1): the top 53 bits times 2^-53. */
    public double nextOpenUpper() {
        return (nextLong() >>> 11) * 0x1p-53;
    }

    /** A double in (0, 1]: (top 53 bits + 1) times 2^-53, safe for a logarithm. */
    public double nextOpenLower() {
        return ((nextLong() >>> 11) + 1) * 0x1p-53;
    }
}
