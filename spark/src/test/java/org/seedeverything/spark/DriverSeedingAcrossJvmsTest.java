package org.seedeverything.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.seedeverything.spark.programs.UnseededSparkProgram;
import org.seedeverything.verify.Difference;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.Verification;

/**
 * End to end through the core's JvmVerifier (what `seed-everything verify` runs): a driver program's unseeded
 * rand(), sample(fraction) and randomSplit(weights), recorded with SparkFingerprints.record, repeat in fresh driver
 * JVMs with the plugin and differ without it.
 */
class DriverSeedingAcrossJvmsTest {

    private static Verification verify(String mode, int runs) {
        List<String> program = new ArrayList<>(SparkSeeds.driverJvmOptions());
        program.addAll(List.of("-cp", System.getProperty("java.class.path"), UnseededSparkProgram.class.getName(),
                mode));
        return JvmVerifier.builder(program).runs(runs).timeout(Duration.ofMinutes(5)).build().verify();
    }

    @Test
    void unseededSparkApisRepeatWithThePluginAndDifferWithout() {
        Verification seeded = verify("plugin", 2);
        assertTrue(seeded.deterministic(), seeded.toString());
        assertEquals(3, seeded.runs().get(0).manifest().entries().size(), seeded.toString());

        Verification plain = verify("plain", 3);   // sample has 1000 possible seeds: three runs never all agree
        assertFalse(plain.deterministic(), plain.toString());
        Set<String> differing = new TreeSet<>();
        for (Difference difference : plain.differences()) {
            if (difference.source() == Difference.Source.MANIFEST) {
                differing.add(difference.subject());
            }
        }
        assertEquals(Set.of("rand", "randomSplit", "sample"), differing, plain.toString());
    }
}
