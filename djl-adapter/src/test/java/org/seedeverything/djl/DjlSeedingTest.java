package org.seedeverything.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.RandomUtils;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.seedeverything.Isolation;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import org.seedeverything.TargetStatus;

/** {@code Seeds.everything} seeds DJL exactly as DJL's own {@code Engine.setRandomSeed} would, and isolates it. */
class DjlSeedingTest {

    @Test
    void theEngineDrawsWhatDjlsOwnSetRandomSeedGivesForTheReportedSeed() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        TargetResult djl = report.target(DjlSeeds.TARGET_NAME).orElseThrow();
        assertEquals(TargetStatus.SEEDED, djl.status(), djl.toString());
        assertTrue(djl.detail().contains("PyTorch"), djl.detail());
        int seed = DjlSeeds.engineSeed().orElseThrow();
        assertTrue(seed >= 0, "a seed Python's torch.manual_seed takes as it is: " + seed);

        try (NDManager manager = NDManager.newBaseManager()) {
            float[] afterSeeds = manager.randomNormal(new Shape(5)).toFloatArray();
            int shuffleAfterSeeds = RandomUtils.nextInt();

            Engine.getInstance().setRandomSeed(seed);
            float[] afterDjl = manager.randomNormal(new Shape(5)).toFloatArray();
            assertArrayEquals(afterDjl, afterSeeds);
            assertEquals(new Random(seed).nextInt(), shuffleAfterSeeds, "RandomUtils.RANDOM got the same seed");
        }
    }

    @Test
    void anotherMasterGivesAnotherEngineSeed() {
        Seeds.builder().master(1).log(false).apply();
        int first = DjlSeeds.engineSeed().orElseThrow();
        Seeds.builder().master(2).log(false).apply();
        assertTrue(first != DjlSeeds.engineSeed().orElseThrow());
    }

    @Test
    void isolateRestoresDjlsRandomUtils() {
        Seeds.builder().master(7).log(false).apply();
        int expected = RandomUtils.nextInt();

        Seeds.builder().master(7).log(false).apply();
        try (Isolation scope = Seeds.isolate()) {
            RandomUtils.nextInt();
            RandomUtils.nextGaussian();
            Engine.getInstance().setRandomSeed(99);
        }
        assertEquals(expected, RandomUtils.nextInt());
        assertEquals(DjlSeeds.engineSeed().orElseThrow(), Engine.getInstance().getSeed());
    }

    @Test
    void excludingDjlLeavesItAlone() {
        SeedReport report = Seeds.builder().master(3).exclude("djl.*").log(false).apply();
        assertEquals(TargetStatus.SKIPPED, report.target(DjlSeeds.TARGET_NAME).orElseThrow().status());
    }
}
