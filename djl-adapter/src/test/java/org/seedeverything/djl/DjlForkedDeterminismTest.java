package org.seedeverything.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.testing.ForkedJvm;

/**
 * In fresh JVMs: a DJL MLP with dropout, trained on a shuffled dataset, ends with the same parameters after
 * {@code Seeds.everything(2021)}, and with different ones without it or under another master.
 */
class DjlForkedDeterminismTest {
    private static Map<String, String> seededFirst;
    private static Map<String, String> seededSecond;

    @BeforeAll
    static void trainTwiceSeeded() {
        seededFirst = train("2021");
        seededSecond = train("2021");
    }

    @Test
    void seededTrainingGivesIdenticalParametersInFreshJvms() {
        assertEquals("SEEDED", seededFirst.get("status"));
        assertTrue(parameters(seededFirst).size() >= 4, "two Linear layers, weights and biases: " + seededFirst);
        assertEquals(seededFirst, seededSecond);
    }

    @Test
    void randomNormalRepeatsAcrossJvmsAfterSeeding() {
        assertEquals(seededFirst.get("randomNormal"), seededSecond.get("randomNormal"));
        assertEquals(seededFirst.get("engine-seed"), seededSecond.get("engine-seed"));
    }

    @Test
    void unseededTrainingDiffersBetweenFreshJvms() {
        // Measured: without a seed, libtorch under DJL starts from a different state in every JVM (initial weights,
        // dropout masks), and DJL's RandomUtils.RANDOM, which shuffles the dataset, is clock-seeded.
        Map<String, String> first = train("unseeded");
        Map<String, String> second = train("unseeded");
        assertNotEquals(parameters(first), parameters(second));
        assertNotEquals(first.get("randomNormal"), second.get("randomNormal"),
                "libtorch's generator under DJL is not seeded the same way in two JVMs");
    }

    @Test
    void anotherMasterGivesOtherInitialValues() {
        Map<String, String> other = train("2022");
        assertNotEquals(seededFirst.get("randomNormal"), other.get("randomNormal"));
        assertNotEquals(seededFirst.get("engine-seed"), other.get("engine-seed"));
        assertNotEquals(parameters(seededFirst), parameters(other));
    }

    @Test
    void deterministicModeRunsLibtorchOnOneThreadAndTellsChildren() {
        Map<String, String> flags = run("flags");
        assertEquals("1", flags.get("threads"));
        assertTrue(flags.get("note").startsWith("true libtorch intra-op threads set to 1"), flags.toString());
        assertTrue(flags.get("child-options").contains("-Dai.djl.pytorch.num_threads=1"), flags.toString());
        assertTrue(flags.get("child-options").contains("-Dai.djl.offline=true"), flags.toString());
        assertEquals("PyTorch", flags.get("engine"));
        assertNotEquals("absent", flags.get("facts.pytorch"));
    }

    private static Map<String, String> train(String master) {
        return run("train", master);
    }

    private static Map<String, String> run(String... arguments) {
        List<String> options = new ArrayList<>(Seeds.requiredJvmOptions());
        options.add("-Dai.djl.offline=true");
        options.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (Runtime.version().feature() >= 21) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        String stdout = ForkedJvm.create().options(options).timeoutSeconds(180)
                .run(TrainingProbe.class, arguments).assertSuccess().stdout();
        Map<String, String> values = new LinkedHashMap<>();
        stdout.lines().filter(line -> line.contains("=")).forEach(line -> {
            int equals = line.indexOf('=');
            values.merge(line.substring(0, equals), line.substring(equals + 1), (a, b) -> a + "\n" + b);
        });
        return values;
    }

    private static Map<String, String> parameters(Map<String, String> values) {
        Map<String, String> parameters = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("param.")) {
                parameters.put(key, value);
            }
        });
        return parameters;
    }
}
