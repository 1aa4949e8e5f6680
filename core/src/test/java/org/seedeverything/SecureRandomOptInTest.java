package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.programs.PredictableSecureRandom;
import org.seedeverything.testing.ForkedJvm;

/** SecureRandom and UUIDs stay truly random unless the user opts in by name; then they repeat and warn. */
class SecureRandomOptInTest {

    @Test
    @DisplayName("by default UUID.randomUUID() and new SecureRandom() differ between seeded runs")
    void staysRandomByDefault() {
        ForkedJvm jvm = ForkedJvm.create().options(Seeds.requiredJvmOptions());
        String first = jvm.run(PredictableSecureRandom.class).assertSuccess().stdout();
        String second = ForkedJvm.create().options(Seeds.requiredJvmOptions())
                .run(PredictableSecureRandom.class).assertSuccess().stdout();
        assertTrue(first.startsWith("report SKIPPED"), first);
        assertNotEquals(first.lines().skip(1).toList(), second.lines().skip(1).toList());
        assertNotEquals(first.lines().toList().get(1), second.lines().toList().get(1));
        assertNotEquals(first.lines().toList().get(2), second.lines().toList().get(2));
    }

    /** The opt-in also reaches holders created before seeding, which needs these packages open. */
    private static final java.util.List<String> OPT_IN_FLAGS = java.util.List.of(
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.nio.file=ALL-UNNAMED",
            "--add-opens=java.base/java.security=ALL-UNNAMED");

    @Test
    @DisplayName("with the explicit opt-in they repeat across JVMs and every use logs an INSECURE warning")
    void optInMakesThemRepeatLoudly() {
        ForkedJvm.Result first = ForkedJvm.create().options(Seeds.requiredJvmOptions()).options(OPT_IN_FLAGS)
                .run(PredictableSecureRandom.class, "optin").assertSuccess();
        ForkedJvm.Result second = ForkedJvm.create().options(Seeds.requiredJvmOptions()).options(OPT_IN_FLAGS)
                .run(PredictableSecureRandom.class, "optin").assertSuccess();
        assertEquals(first.stdout(), second.stdout());
        assertTrue(first.stdout().startsWith("report SEEDED"), first.stdout());
        assertTrue(first.stderr().contains("INSECURE: SecureRandom.nextBytes served predictable bytes"),
                first.stderr());
    }

    @Test
    @DisplayName("with the opt-in but without access to the holders, the report says which flags are missing")
    void optInWithoutAccessIsReported() {
        ForkedJvm.Result run = ForkedJvm.create().options(Seeds.requiredJvmOptions())
                .run(PredictableSecureRandom.class, "optin").assertSuccess();
        assertTrue(run.stdout().startsWith("report NO_ACCESS"), run.stdout());
    }
}
