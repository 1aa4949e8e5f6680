package org.seedeverything.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.ForkedJvm;
import org.seedeverything.verify.SamplePrograms;

/**
 * The packaged CLI jar, run as users run it ({@code java -jar}), with the agent jar copied beside it: {@code verify
 * --seed} uses the agent, so even {@code new Random()} in an unchanged program repeats.
 */
class CliJarIT {
    private static String cliJar;
    private static String programClassPath;

    @BeforeAll
    static void locateJars() throws Exception {
        cliJar = System.getProperty("seeds.cli.jar");
        assertTrue(cliJar != null && Files.isRegularFile(Path.of(cliJar)), "CLI jar not built: " + cliJar);
        assertTrue(Files.isRegularFile(Path.of(cliJar).resolveSibling("seed-everything-agent.jar")),
                "the agent jar should be copied beside the CLI jar");
        programClassPath = Path.of(SamplePrograms.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    @Test
    @DisplayName("verify --seed with the agent beside the CLI jar makes new Random() in an unchanged program repeat")
    void verifyUsesTheAgent() {
        ForkedJvm.Result result = ForkedJvm.create().options("-jar", cliJar, "verify", "--runs", "2", "--seed",
                "2021", "--", "-cp", programClassPath, SamplePrograms.class.getName(), "unseeded-random")
                .runWithoutMainClass();
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
    }

    @Test
    @DisplayName("with the agent turned off the same program is reported nondeterministic (exit code 1)")
    void withoutTheAgentNewRandomDiffers() {
        ForkedJvm.Result result = ForkedJvm.create().options("-Dseeds.agent.disable=true", "-jar", cliJar, "verify",
                "--runs", "2", "--seed", "2021", "--", "-cp", programClassPath, SamplePrograms.class.getName(),
                "unseeded-random").runWithoutMainClass();
        assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().contains("draw"), result.stdout());
    }

    @Test
    @DisplayName("java -jar seed-everything-cli.jar --version and report work from the shaded jar")
    void shadedJarRuns() {
        ForkedJvm.Result version = ForkedJvm.create().options("-jar", cliJar, "--version").runWithoutMainClass();
        assertEquals(0, version.exitCode(), version.stderr());
        ForkedJvm.Result report = ForkedJvm.create().options("-jar", cliJar, "report").runWithoutMainClass();
        assertEquals(0, report.exitCode(), report.stderr());
        assertTrue(report.stdout().contains("jdk.math-random"), report.stdout());
        assertTrue(!report.stdout().contains("NO_ACCESS"), "the jar's Add-Opens should open everything:\n"
                + report.stdout());
    }
}
