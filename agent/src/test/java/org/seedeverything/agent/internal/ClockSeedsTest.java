package org.seedeverything.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.seedeverything.internal.Derivation;

class ClockSeedsTest {
    @Test
    void eachSiteAndThreadNameHasItsOwnSplitMix64SequenceFromTheMaster() throws InterruptedException {
        ClockSeeds.activate(2021);
        AtomicLong builder = new AtomicLong();
        AtomicLong shuffle = new AtomicLong();
        Thread thread = new Thread(() -> {
            builder.set(ClockSeeds.next("Builder.<init>()V"));
            shuffle.set(ClockSeeds.next("DataSet.shuffle()V"));
        }, "trainer");
        thread.start();
        thread.join();

        // Second implementation: Commons RNG's SplitMix64 started at the derived base of (site, thread name, 0).
        assertEquals(RandomSource.SPLIT_MIX_64.create(Derivation.derive(2021,
                ClockSeeds.STREAM_PREFIX + "Builder.<init>()V/trainer", 0)).nextLong(), builder.get());
        assertEquals(RandomSource.SPLIT_MIX_64.create(Derivation.derive(2021,
                ClockSeeds.STREAM_PREFIX + "DataSet.shuffle()V/trainer", 0)).nextLong(), shuffle.get());
        assertNotEquals(builder.get(), shuffle.get());
    }

    @Test
    void activatingAgainRestartsTheSequences() {
        ClockSeeds.activate(7);
        long first = ClockSeeds.next("site");
        ClockSeeds.activate(7);
        assertEquals(first, ClockSeeds.next("site"));
    }
}
