package org.seedeverything.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;

/** Asking a JDK which options seeding needs on it. */
class SeedingOptionsProbeTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    @DisplayName("a JDK asked in a fresh JVM answers what the running JDK knows in-process, one argument per line")
    void probeAgreesWithTheRunningJdk() {
        List<String> expected = SeedingOptionsProbe.splitOptions(Seeds.requiredJvmOptions());

        List<String> answered = SeedingOptionsProbe.ask(JAVA, Path.of("."), Duration.ofSeconds(60));

        assertEquals(expected, answered);
        assertFalse(answered.isEmpty(), "the JDK targets need --add-opens flags");
        assertTrue(answered.stream().noneMatch(argument -> argument.contains(" ")), answered::toString);
        assertEquals(expected, SeedingOptionsProbe.optionsFor(JAVA, Path.of("."), null));
    }
}
