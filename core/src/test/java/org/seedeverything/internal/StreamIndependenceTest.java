package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;

/**
 * Adjacent names and indices must give unrelated streams: the field's classic bug is {@code seed + workerId}.
 * Each statistic is first shown to catch a known-bad scheme, so the test can fail.
 */
class StreamIndependenceTest {
    private static final int COUNT = 4096;
    /** Five standard errors of a correlation coefficient over COUNT pairs. */
    private static final double LIMIT = 5 / Math.sqrt(COUNT);

    /** Serial correlation of the first draw of stream i with the first draw of stream i + 1. */
    private static double firstDrawSerialCorrelation(LongFunction<Double> firstDrawOfStream) {
        double[] x = new double[COUNT + 1];
        for (int i = 0; i <= COUNT; i++) {
            x[i] = firstDrawOfStream.apply(i);
        }
        double[] a = new double[COUNT];
        double[] b = new double[COUNT];
        System.arraycopy(x, 0, a, 0, COUNT);
        System.arraycopy(x, 1, b, 0, COUNT);
        return correlation(a, b);
    }

    private static double correlation(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }

    @Test
    @DisplayName("the statistic catches the classic bug: new Random(master + index)")
    void statisticCatchesSeedPlusIndex() {
        double r = firstDrawSerialCorrelation(i -> new Random(2021 + i).nextDouble());
        assertTrue(Math.abs(r) > LIMIT, "seed + index should look correlated, r = " + r);
    }

    @Test
    @DisplayName("first draws of streams with adjacent indices are uncorrelated")
    void adjacentIndicesAreUncorrelated() {
        double r = firstDrawSerialCorrelation(i -> Seeds.streamFor(2021, "worker", i).nextDouble());
        assertTrue(Math.abs(r) < LIMIT, "r = " + r);
    }

    @Test
    @DisplayName("first draws of streams with adjacent names are uncorrelated")
    void adjacentNamesAreUncorrelated() {
        double r = firstDrawSerialCorrelation(i -> Seeds.streamFor(2021, "worker" + i).nextDouble());
        assertTrue(Math.abs(r) < LIMIT, "r = " + r);
    }

    @Test
    @DisplayName("first draws of streams under adjacent masters are uncorrelated")
    void adjacentMastersAreUncorrelated() {
        double r = firstDrawSerialCorrelation(i -> Seeds.streamFor(2021 + i, "worker").nextDouble());
        assertTrue(Math.abs(r) < LIMIT, "r = " + r);
    }

    @Test
    @DisplayName("two adjacent streams are uncorrelated along their sequences, and their bits differ half the time")
    void adjacentStreamsAreUncorrelatedAlongTheSequence() {
        for (long index = 0; index < 8; index++) {
            UniformRandomProvider a = Seeds.streamFor(2021, "dropout", index);
            UniformRandomProvider b = Seeds.streamFor(2021, "dropout", index + 1);
            double[] x = new double[COUNT];
            double[] y = new double[COUNT];
            long differingBits = 0;
            for (int i = 0; i < COUNT; i++) {
                long u = a.nextLong();
                long v = b.nextLong();
                differingBits += Long.bitCount(u ^ v);
                x[i] = (u >>> 11) * 0x1.0p-53;
                y[i] = (v >>> 11) * 0x1.0p-53;
            }
            double r = correlation(x, y);
            assertTrue(Math.abs(r) < LIMIT, "index " + index + ": r = " + r);
            double meanDifferingBits = differingBits / (double) COUNT;
            // Binomial(64, 1/2): mean 32, standard error of the mean 4 / sqrt(COUNT) = 0.0625.
            assertTrue(Math.abs(meanDifferingBits - 32) < 0.4, "index " + index + ": " + meanDifferingBits);
        }
    }

    @Test
    @DisplayName("names that differ only in the path encoding never collide")
    void encodingIsInjective() {
        Set<Long> seen = new HashSet<>();
        String[] names = {"", "a", "ab", "abc", "abcd", "abcde", "a\0", "a\0\0", "\0"};
        long[][] paths = {{}, {0}, {0, 0}, {1}, {-1}, {Long.MIN_VALUE}, {0, 1}, {1, 0}, {(long) 1 << 32}};
        int count = 0;
        for (String name : names) {
            for (long[] path : paths) {
                seen.add(Derivation.derive(2021, name, path));
                count++;
            }
        }
        assertTrue(seen.size() == count, "collisions among " + count + " (name, path) pairs");
        assertNotEquals(Derivation.derive(2021, "a", 0), Derivation.derive(2021, "a"));
    }
}
