package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.ForkedJvm;

/**
 * Two fresh JVMs run {@link SeedingProbe} {@code seeding} one after the other: whatever {@code Seeds.everything} and
 * {@code Seeds.threadFactory} seeded must draw the same numbers in both, and unseeded threads must not (ND4J seeds
 * them from the clock, which is the problem this adapter solves).
 */
class Nd4jSeedingAcrossRunsTest {
    private static ProbeOutput first;
    private static ProbeOutput second;

    @BeforeAll
    static void runTwice() {
        first = new ProbeOutput(ForkedJvm.create().run(SeedingProbe.class, "seeding"));
        second = new ProbeOutput(ForkedJvm.create().run(SeedingProbe.class, "seeding"));
    }

    @Test
    @DisplayName("core and an excluded ND4J target leave ND4J's natives unloaded; seeding it loads them")
    void nativesLoadOnlyWhenNd4jIsSeeded() {
        assertEquals("false", first.get("natives.before-use"), first::toString);
        assertEquals("true", first.get("natives.after-seeding"), first::toString);
        assertEquals("SEEDED", first.get("status"), first::toString);
    }

    @Test
    @DisplayName("the main thread's Nd4j.rand and Nd4j.randn are identical across runs")
    void mainThreadIsReproducible() {
        assertEquals(first.get("main.rand"), second.get("main.rand"));
        assertEquals(first.get("main.randn"), second.get("main.randn"));
    }

    @Test
    @DisplayName("the k-th thread of Seeds.threadFactory draws the same values in every run")
    void factoryThreadsAreReproducible() {
        Map<String, String> seeded = first.withPrefix("seeded.");
        assertEquals(Set.of("seeded.workers-0", "seeded.workers-1", "seeded.workers-2"), seeded.keySet(),
                first::toString);
        assertEquals(seeded, second.withPrefix("seeded."));
    }

    @Test
    @DisplayName("pool threads get distinct streams, distinct from the main thread")
    void factoryThreadsAreIndependent() {
        Set<String> firstDraws = new HashSet<>();
        for (String draws : first.withPrefix("seeded.").values()) {
            firstDraws.add(draws.substring(0, draws.indexOf(']') + 1));
        }
        firstDraws.add(first.get("main.rand"));
        assertEquals(4, firstDraws.size(), first::toString);
    }

    @Test
    @DisplayName("unseeded threads draw differently across runs and from each other (the problem)")
    void unseededThreadsAreNotReproducible() {
        Map<String, String> unseeded = first.withPrefix("unseeded.");
        assertEquals(3, unseeded.size(), first::toString);
        assertEquals(3, new HashSet<>(unseeded.values()).size(), "threads started in different milliseconds"
                + " must draw differently: " + unseeded);
        for (String key : List.of("unseeded.plain-0", "unseeded.plain-1", "unseeded.plain-2")) {
            assertNotEquals(first.get(key), second.get(key), key);
        }
    }
}
