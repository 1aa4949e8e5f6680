package org.seedeverything.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;

/** The fresh-JVM check tells a matching fingerprint from a different one, and says which parameter differs. */
class FreshJvmCheckTest {
    @Test
    @DisplayName("a fresh JVM reproduces the real fingerprint and contradicts a tampered one")
    void detectsADifferentFingerprint() {
        Seeds.builder().master(2021).include("seedeverything.examples.test.no-target").log(false).apply();
        String real = WeightFingerprints.of(MlpWeights.build(InitScheme.HE).parameters()).get("he/layer1.weight");
        String tampered = "fp1:xxh128:00000000000000000000000000000000";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("he/layer1.weight", real);
        expected.put("xavier/layer2.weight", tampered);

        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<FreshJvmCheck.ChildOutcome> outcomes = FreshJvmCheck.run(1, expected,
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertEquals(1, outcomes.size());
        FreshJvmCheck.ChildOutcome outcome = outcomes.get(0);
        assertFalse(outcome.reproduced(), outcome.toString());
        assertEquals(1, outcome.matching());
        assertEquals(1, outcome.mismatches().size());
        assertTrue(outcome.mismatches().get(0).startsWith("xavier/layer2.weight: here " + tampered + ", there fp1:"),
                outcome.mismatches().get(0));
        String printed = progress.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("started fresh JVM 1/1"), printed);
        assertTrue(printed.contains("DIFFERENT, 1 parameter differs: xavier/layer2.weight"), printed);
    }
}
