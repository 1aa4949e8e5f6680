package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seedeverything.programs.LogsTheSeed;
import org.seedeverything.testing.ForkedJvm;

/**
 * Our libraries log through the SLF4J 1.7 API only, so they work where an application has an SLF4J 1.7 binding (DL4J
 * users have logback 1.2): forked JVMs with core, slf4j-api 1.7.36 and logback-classic 1.2.13 (copied to
 * {@code target/slf4j-1.7} by the build) instead of slf4j-api 2.0 and its provider.
 */
class Slf4jOneSevenTest {
    private static final String SEED_LINE = "Seed set to 2021; reproduce with -Dseeds.master=2021";

    @Test
    void theSeedIsLoggedThroughLogbackOneTwoWithSlf4jOneSeven() throws IOException {
        ForkedJvm.Result result = ForkedJvm.create()
                .classPath(classPath(oneSevenJars("slf4j-api-1.7.36.jar", "logback-classic-1.2.13.jar",
                        "logback-core-1.2.13.jar")))
                .run(LogsTheSeed.class).assertSuccess();

        String output = result.stdout() + result.stderr();
        // logback 1.2's default layout: "HH:mm:ss.SSS [thread] LEVEL logger - message"
        assertTrue(output.lines().anyMatch(line -> line.contains(" INFO ") && line.endsWith(SEED_LINE)), output);
        assertFalse(output.contains("SLF4J:"), "SLF4J warned about its binding: " + output);
    }

    @Test
    void slf4jTwoIgnoresALogbackOneTwoBindingSoTheApiMustStayAtOneSeven() throws IOException {
        List<String> withApiTwo = new ArrayList<>(oneSevenJars("logback-classic-1.2.13.jar", "logback-core-1.2.13.jar"));
        withApiTwo.add(jarOnTestClassPath("slf4j-api-2."));

        ForkedJvm.Result result = ForkedJvm.create().classPath(classPath(withApiTwo)).run(LogsTheSeed.class)
                .assertSuccess();

        String output = result.stdout() + result.stderr();
        assertTrue(output.contains("No SLF4J providers were found"), output);
        // Nothing reaches logback; with SLF4J's no-op logger, core prints the seed line to stderr itself.
        assertFalse(output.lines().anyMatch(line -> line.contains(" INFO ") && line.endsWith(SEED_LINE)), output);
        assertTrue(result.stderr().lines().anyMatch(line -> line.equals("seed-everything: " + SEED_LINE)), output);
    }

    /** The test class path without any SLF4J jar, plus {@code jars}. */
    private static String classPath(List<String> jars) {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("slf4j-")) {
                entries.add(entry);
            }
        }
        entries.addAll(jars);
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> oneSevenJars(String... names) throws IOException {
        String property = System.getProperty("seeds.test.slf4j17.dir");
        Path folder = Path.of(property == null ? "target/slf4j-1.7" : property);
        List<String> jars = new ArrayList<>();
        for (String name : names) {
            Path jar = folder.resolve(name);
            if (!Files.isRegularFile(jar)) {
                try (Stream<Path> present = Files.list(folder)) {
                    throw new IllegalStateException(jar + " is missing (the build copies it in generate-test-resources);"
                            + " present: " + present.toList());
                }
            }
            jars.add(jar.toString());
        }
        return jars;
    }

    private static String jarOnTestClassPath(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith(prefix)) {
                return entry;
            }
        }
        throw new IllegalStateException("no " + prefix + "* jar on the test class path");
    }
}
