package org.seedeverything.parity.numpy.internal;

/**
 * NumPy's {@code PCG64} bit generator (PCG XSL-RR 128/64, "setseq" variant) with NumPy's buffered 32-bit output:
 * a 64-bit draw serves its low half now and its high half on the next 32-bit request.
 *
 * <p>Hand-written rather than taken from Commons RNG, which has no 128-bit PCG, so that the state words match
 * NumPy's {@code bit_generator.state} exactly.
 */
public final class Pcg64 implements BitSource {
    private static final long MULTIPLIER_HIGH = 0x2360ED051FC65DA4L;
    private static final long MULTIPLIER_LOW = 0x4385DF649FCCF645L;

    private long stateHigh;
    private long stateLow;
    private final long incrementHigh;
    private final long incrementLow;
    private boolean hasHalf;
    private int half;

    /** PCG's {@code srandom_r(initstate, initseq)} from NumPy's four 64-bit seed words (high word first). */
    public Pcg64(long initStateHigh, long initStateLow, long initSeqHigh, long initSeqLow) {
        incrementHigh = (initSeqHigh << 1) | (initSeqLow >>> 63);
        incrementLow = (initSeqLow << 1) | 1L;
        stateHigh = 0;
        stateLow = 0;
        step();
        long low = stateLow + initStateLow;
        long carry = Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0;
        stateLow = low;
        stateHigh = stateHigh + initStateHigh + carry;
        step();
    }

    private void step() {
        long high = BoundedIntegers.unsignedMultiplyHigh(stateLow, MULTIPLIER_LOW) + stateLow * MULTIPLIER_HIGH
                + stateHigh * MULTIPLIER_LOW;
        long low = stateLow * MULTIPLIER_LOW;
        long sum = low + incrementLow;
        long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
        stateLow = sum;
        stateHigh = high + incrementHigh + carry;
    }

    /** {@code next_uint64}: step, then the XSL-RR output of the new state. */
    @Override
    public long nextLong() {
        step();
        return Long.rotateRight(stateHigh ^ stateLow, (int) (stateHigh >>> 58));
    }

    /** {@code next_uint32}: the buffered half of the last 64-bit draw, or the low half of a new one. */
    @Override
    public int nextInt() {
        if (hasHalf) {
            hasHalf = false;
            return half;
        }
        long next = nextLong();
        hasHalf = true;
        half = (int) (next >>> 32);
        return (int) next;
    }

    /** {@code next_double}: 53 high bits of a 64-bit draw. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1p-53;
    }

    /** {@code next_float}: 24 high bits of a 32-bit draw. */
    public float nextFloat() {
        return (nextInt() >>> 8) * (1.0f / 16777216.0f);
    }

    /** The state as NumPy reports it: {@code {state high, state low, increment high, increment low}}. */
    public long[] stateWords() {
        return new long[] {stateHigh, stateLow, incrementHigh, incrementLow};
    }

    /** Whether a 32-bit half is buffered ({@code has_uint32}), and its value ({@code uinteger}). */
    public long bufferedHalf() {
        return hasHalf ? half & 0xffffffffL : -1L;
    }
}
