package org.seedeverything.init.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The building blocks agree with second implementations and with the definitions they are built on. */
class GeneratorAndZigguratTest {
    @Test
    @DisplayName("the inlined xoshiro256++ gives Commons RNG's XO_SHI_RO_256_PP raw output for the same state")
    void xoshiroMatchesCommonsRng() {
        long[] state = {0x0123456789abcdefL, -1L, 42L, 0x7fffffffffffffffL};
        Xoshiro256PlusPlus ours = new Xoshiro256PlusPlus(state[0], state[1], state[2], state[3]);
        UniformRandomProvider reference = RandomSource.XO_SHI_RO_256_PP.create(state.clone());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(reference.nextLong(), ours.nextLong(), "output " + i);
        }
    }

    @Test
    @DisplayName("an all-zero xoshiro state is refused")
    void zeroStateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Xoshiro256PlusPlus(0, 0, 0, 0));
    }

    @Test
    @DisplayName("the ziggurat tables satisfy their definition: every layer has area V and the edges fall to 0")
    void zigguratLayersHaveEqualArea() {
        double[] x = ZigguratTables.X;
        double[] f = ZigguratTables.F;
        assertEquals(257, x.length);
        assertEquals(NormalZiggurat.R, x[1]);
        // The base layer: the rectangle [0, R] x [0, f(R)] plus the tail beyond R equals V.
        assertEquals(NormalZiggurat.V, x[0] * f[1], 1e-15);
        for (int i = 1; i < 256; i++) {
            assertTrue(x[i + 1] < x[i], "edges must decrease at " + i);
            assertEquals(Math.exp(-0.5 * x[i] * x[i]), f[i], 1e-15, "F[" + i + "] = f(X[" + i + "])");
            assertEquals(NormalZiggurat.V, x[i] * (f[i + 1] - f[i]), 1e-9, "area of layer " + i);
        }
        assertEquals(0, x[256]);
        assertEquals(1, f[256]);
    }

    @Test
    @DisplayName("the tail beyond R has the mass the normal density gives it (published P(Z > R) for R = 3.6542)")
    void tailFrequency() {
        Xoshiro256PlusPlus generator = BlockFill.blockGenerator(5, 0);
        int n = 20_000_000;
        int beyond = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(NormalZiggurat.sample(generator)) > NormalZiggurat.R) {
                beyond++;
            }
        }
        double p = 2.580325e-4; // 2 P(Z > R) = erfc(R / sqrt(2)) for R = 3.6541528853610088
        assertEquals(p, (double) beyond / n, 5 * Math.sqrt(p / n));
    }

    @Test
    @DisplayName("truncation intervals that are empty or NaN are refused with the interval in the message")
    void emptyIntervalsAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TruncatedNormal(2, 2));
        assertTrue(error.getMessage().contains("[2.0, 2.0]"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TruncatedNormal(Double.NaN, 1));
    }
}
