package org.seedeverything.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.seedeverything.internal.Derivation;

class ThreadRandomSeedsTest {
    @Test
    void theKthSeedOfAThreadIsSplitMix64sKthOutputFromItsDerivedBase() throws InterruptedException {
        ThreadRandomSeeds seeds = new ThreadRandomSeeds(2021);
        long[] drawn = new long[3];
        Thread thread = new Thread(() -> {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = seeds.getAsLong();
            }
        }, "loader");
        thread.start();
        thread.join();

        // Second implementation: Commons RNG's SplitMix64 started at the base.
        UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(
                Derivation.derive(2021, ThreadRandomSeeds.STREAM_PREFIX + "loader", 0));
        for (long seed : drawn) {
            assertEquals(splitMix.nextLong(), seed);
        }
    }

    @Test
    void twoThreadsOfTheSameNameGetDifferentSequences() throws InterruptedException {
        ThreadRandomSeeds seeds = new ThreadRandomSeeds(2021);
        AtomicLong first = new AtomicLong();
        AtomicLong second = new AtomicLong();
        Thread one = new Thread(() -> first.set(seeds.getAsLong()), "worker");
        one.start();
        one.join();
        Thread two = new Thread(() -> second.set(seeds.getAsLong()), "worker");
        two.start();
        two.join();

        assertNotEquals(first.get(), second.get());
        assertEquals(RandomSource.SPLIT_MIX_64.create(Derivation.derive(2021, ThreadRandomSeeds.STREAM_PREFIX
                + "worker", 1)).nextLong(), second.get());
    }
}
