package org.seedeverything.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.verify.Verification;

/** The fresh-JVM check tells a matching fingerprint from a different one, and says which parameter differs. */
class FreshJvmCheckTest {
    @Test
    @DisplayName("fresh JVMs verified by JvmVerifier agree, reproduce the real fingerprint and contradict a tampered one")
    void detectsADifferentFingerprint() {
        Seeds.builder().master(2021).include("seedeverything.examples.test.no-target").log(false).apply();
        String real = WeightFingerprints.of(MlpWeights.build(InitScheme.HE).parameters()).get("he/layer1.weight");
        String tampered = "fp1:xxh128:00000000000000000000000000000000";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("he/layer1.weight", real);
        expected.put("xavier/layer2.weight", tampered);

        Verification verification = FreshJvmCheck.run(2, 2021);

        assertTrue(verification.deterministic(), verification::toString);
        List<String> disagreements = FreshJvmCheck.disagreements(verification, expected);
        assertEquals(1, disagreements.size(), disagreements::toString);
        assertTrue(disagreements.get(0).startsWith("xavier/layer2.weight: here " + tampered), disagreements::toString);
    }
}
