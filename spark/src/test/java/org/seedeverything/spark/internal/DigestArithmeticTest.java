package org.seedeverything.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 128-bit sums and polynomials against BigInteger arithmetic. */
class DigestArithmeticTest {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(128);

    private static BigInteger unsigned(long low, long high) {
        return new BigInteger(Long.toUnsignedString(high)).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
    }

    @Test
    void multisetSumIsTheSumModulo2To128() {
        SplittableRandom random = new SplittableRandom(7);
        MultisetDigest digest = MultisetDigest.EMPTY;
        BigInteger expected = BigInteger.ZERO;
        for (int i = 0; i < 1000; i++) {
            long low = random.nextLong();
            long high = i % 3 == 0 ? -1L : random.nextLong();
            digest = digest.plus(new MultisetDigest(low, high, 1));
            expected = expected.add(unsigned(low, high)).mod(MODULUS);
        }
        assertEquals(expected, unsigned(digest.low(), digest.high()));
        assertEquals(1000, digest.count());
    }

    @Test
    void aDuplicateCountsWhereXorWouldCancelIt() {
        MultisetDigest row = new MultisetDigest(0x1234L, 0x5678L, 1);
        MultisetDigest once = MultisetDigest.EMPTY.plus(row);
        MultisetDigest twice = once.plus(row);
        assertNotEquals(unsigned(once.low(), once.high()), unsigned(twice.low(), twice.high()));
    }

    @Test
    void sequenceIsThePolynomialAndConcatenatesAtAnySplit() {
        SplittableRandom random = new SplittableRandom(11);
        long[][] hashes = new long[40][2];
        for (long[] hash : hashes) {
            hash[0] = random.nextLong();
            hash[1] = random.nextLong();
        }
        BigInteger base = unsigned(SequenceDigest.BASE_LOW, SequenceDigest.BASE_HIGH);
        BigInteger expected = BigInteger.ZERO;
        SequenceDigest.Builder whole = new SequenceDigest.Builder();
        for (long[] hash : hashes) {
            expected = expected.multiply(base).add(unsigned(hash[0], hash[1])).mod(MODULUS);
            whole.append(hash[0], hash[1]);
        }
        SequenceDigest all = whole.build();
        assertEquals(expected, unsigned(all.low(), all.high()));
        assertEquals(base.modPow(BigInteger.valueOf(hashes.length), MODULUS), unsigned(all.powerLow(), all.powerHigh()));
        for (int split = 0; split <= hashes.length; split++) {
            SequenceDigest.Builder left = new SequenceDigest.Builder();
            SequenceDigest.Builder right = new SequenceDigest.Builder();
            for (int i = 0; i < hashes.length; i++) {
                (i < split ? left : right).append(hashes[i][0], hashes[i][1]);
            }
            assertEquals(all, SequenceDigest.EMPTY.then(left.build()).then(right.build()), "split at " + split);
        }
        SequenceDigest.Builder swapped = new SequenceDigest.Builder();
        for (int i = 0; i < hashes.length; i++) {
            int j = i == 0 ? 1 : i == 1 ? 0 : i;
            swapped.append(hashes[j][0], hashes[j][1]);
        }
        assertNotEquals(all, swapped.build());
    }
}
