package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.seedeverything.Seeds;
import org.seedeverything.junit.internal.SingleTestMain;
import org.seedeverything.verify.internal.ChildProcesses;

@DisplayName("Generators that cannot be seeded in the test JVM")
class UnseededGeneratorsTest {
    /** A registered target that always throws: a generator this JVM cannot seed, without touching JDK access. */
    private static final String BROKEN = "test.broken-generator";
    private static final String WARNING = "seed-everything: WARNING: ";

    @BeforeEach
    void registerBrokenTarget() {
        Seeds.register(BROKEN, seed -> {
            throw new IllegalStateException("broken on purpose");
        });
    }

    @AfterEach
    void unregisterBrokenTarget() {
        Seeds.unregister(BROKEN);
    }

    @Test
    @DisplayName("are named once per run on stderr, and the reproduce line says that it does not cover them")
    void warnedOncePerRunAndNamedInTheReproduceLine() {
        List<EngineExecutionResults> results = new ArrayList<>();
        String err = stderrOf(() -> {
            results.add(Fixtures.run(TwoTestsFixture.class, "seeds.master", "2021"));
            return null;
        });

        assertEquals(1, count(err, WARNING), err);
        assertTrue(err.contains(WARNING + BROKEN + " is not seeded in this test JVM"), err);
        assertTrue(err.contains("-D" + SeedEverything.FAIL_ON_UNSEEDED_KEY + "=true"), err);
        String hint = SeedEverythingTest.reproduceHint(Fixtures.onlyTestFailure(results.get(0)));
        assertTrue(hint.contains("not reproduced, because not seeded in this test JVM: " + BROKEN), hint);
        assertEquals(1, results.get(0).testEvents().succeeded().count(), "the other test still passes");
    }

    @Test
    @DisplayName("fail the tests instead with the configuration parameter seeds.failOnUnseeded=true")
    void configurationParameterMakesThemFail() {
        EngineExecutionResults results = Fixtures.run(TwoTestsFixture.class, "seeds.master", "2021",
                SeedEverything.FAIL_ON_UNSEEDED_KEY, "true");

        List<Throwable> failures = Fixtures.testFailures(results);
        assertEquals(2, failures.size(), failures::toString);
        for (Throwable failure : failures) {
            assertTrue(failure instanceof ExtensionConfigurationException, failure::toString);
            assertTrue(failure.getMessage().startsWith("@SeedEverything: " + BROKEN + " cannot be seeded in this"
                    + " test JVM, and the configuration parameter seeds.failOnUnseeded=true asks such tests to"
                    + " fail"), failure.getMessage());
            assertTrue(failure.getMessage().contains("broken on purpose"), "names the cause");
        }
        assertTrue(Fixtures.observed("draw").isEmpty(), "no test body ran");
    }

    @Test
    @DisplayName("fail the tests instead with @SeedEverything(failOnUnseeded = true)")
    void annotationAttributeMakesThemFail() {
        Throwable failure = Fixtures.onlyTestFailure(Fixtures.run(FailOnUnseededFixture.class, "seeds.master", "1"));

        assertTrue(failure.getMessage().contains("@SeedEverything(failOnUnseeded = true) on " + "class "
                + FailOnUnseededFixture.class.getName()), failure.getMessage());
    }

    @Test
    @DisplayName("a configuration value other than true or false is named with the fix")
    void badConfigurationValueIsNamed() {
        Throwable failure = Fixtures.testFailures(Fixtures.run(TwoTestsFixture.class, "seeds.master", "2021",
                SeedEverything.FAIL_ON_UNSEEDED_KEY, "yes")).get(0);

        assertEquals("@SeedEverything: the configuration parameter seeds.failOnUnseeded is 'yes'; give true or"
                + " false, e.g. -Dseeds.failOnUnseeded=true", failure.getMessage());
    }

    @Test
    @DisplayName("in a JVM without the agent or --add-opens, Math.random() is named with the plugin snippet and"
            + " the argLine flags, seeds.failOnUnseeded=true fails the test, and a watching agent is named")
    void realJvmWithoutFlags(@TempDir Path directory) throws Exception {
        unregisterBrokenTarget();
        String fixture = "[engine:junit-jupiter]/[class:" + PlainFixture.class.getName() + "]";
        ChildProcesses.Outcome warned = runWithoutFlags(directory.resolve("warned"), fixture);
        ChildProcesses.Outcome failed = runWithoutFlags(directory.resolve("failed"), fixture,
                SeedEverything.FAIL_ON_UNSEEDED_KEY + "=true");
        // What the agent sets when it runs in a watching mode, which opens and seeds nothing.
        ChildProcesses.Outcome watching = runWithoutFlags(directory.resolve("watching"),
                List.of("-D" + UnseededGenerators.AGENT_OPTIONS_PROPERTY + "=mode=audit"), fixture);

        // The whole stderr: the tail that ChildProcesses keeps for messages shortens long lines.
        String err = Files.readString(directory.resolve("warned").resolve("stderr.txt"));
        String failure = Files.readString(directory.resolve("failed").resolve("stderr.txt"));
        String watched = Files.readString(directory.resolve("watching").resolve("stderr.txt"));
        assertAll(
                () -> assertEquals(0, warned.exitCode(), err),
                () -> assertEquals(1, count(err, WARNING), err),
                () -> assertTrue(err.contains("jdk.math-random"), err),
                () -> assertTrue(err.contains("<artifactId>seed-everything-maven-plugin</artifactId>"), err),
                () -> assertTrue(err.contains("<goal>prepare-agent</goal>"), err),
                () -> assertTrue(err.contains("<argLine>--add-opens=java.base/java.lang=ALL-UNNAMED"), err),
                () -> assertEquals(1, failed.exitCode(), failure),
                () -> assertTrue(failure.contains("jdk.math-random"), failure),
                () -> assertTrue(failure.contains("seeds.failOnUnseeded=true asks such tests to fail"), failure),
                () -> assertTrue(watched.contains("The seed-everything agent runs in this JVM with options"
                        + " 'mode=audit': a watching mode, which seeds nothing"), watched),
                () -> assertTrue(!watched.contains("<artifactId>seed-everything-maven-plugin</artifactId>"),
                        "the plugin is there already: " + watched));
    }

    /** Runs {@code uniqueId} through the launcher in a JVM with this class path but none of this JVM's flags. */
    private static ChildProcesses.Outcome runWithoutFlags(Path directory, String uniqueId, String... configuration)
            throws Exception {
        return runWithoutFlags(directory, List.of(), uniqueId, configuration);
    }

    private static ChildProcesses.Outcome runWithoutFlags(Path directory, List<String> properties, String uniqueId,
                                                          String... configuration) throws Exception {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SingleTestMain.class.getName(),
                uniqueId, "seeds.master=2021"));
        command.addAll(List.of(configuration));
        return ChildProcesses.run(command, directory, Map.of(), Duration.ofMinutes(2), false);
    }

    private static String stderrOf(Supplier<Void> action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @SeedEverything
    static class TwoTestsFixture {
        @Test
        void passes() {
            Fixtures.observe("draw", Math.random());
        }

        @Test
        void fails() {
            Fixtures.observe("draw", Math.random());
            throw new AssertionError("boom");
        }
    }

    @SeedEverything(failOnUnseeded = true)
    static class FailOnUnseededFixture {
        @Test
        void drawsOnce() {
            Fixtures.observe("draw", Math.random());
        }
    }

    @SeedEverything
    static class PlainFixture {
        @Test
        void drawsFromMathRandom() {
            Fixtures.observe("draw", Math.random());
        }
    }
}
