package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.internal.Json;
import org.seedeverything.programs.DrawFromEverySource;
import org.seedeverything.programs.ExpectNoMaster;
import org.seedeverything.programs.PrintMasterSource;
import org.seedeverything.programs.ThreadPoolDraws;
import org.seedeverything.testing.ForkedJvm;

/**
 * The determinism promise, checked the only way that counts: separate JVM launches must print the same values.
 * The build runs these on every JDK it is run with (CI: 17 and 25).
 */
class ForkedJvmDeterminismTest {

    private static ForkedJvm withRequiredFlags() {
        return ForkedJvm.create().options(Seeds.requiredJvmOptions());
    }

    @Test
    @DisplayName("two JVMs seeded with 2021 print identical values from every JDK and Commons RNG source")
    void everySourceRepeatsAcrossJvms() {
        String first = withRequiredFlags().run(DrawFromEverySource.class, "seed").assertSuccess().stdout();
        String second = withRequiredFlags().run(DrawFromEverySource.class, "seed").assertSuccess().stdout();
        assertEquals(14, first.lines().count(), first);
        assertEquals(first, second);
    }

    @Test
    @DisplayName("without seeding, the same program prints different values (the problem this library solves)")
    void unseededSourcesDifferAcrossJvms() {
        List<String> first = ForkedJvm.create().run(DrawFromEverySource.class, "noseed").assertSuccess()
                .stdout().lines().toList();
        List<String> second = ForkedJvm.create().run(DrawFromEverySource.class, "noseed").assertSuccess()
                .stdout().lines().toList();
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertNotEquals(first.get(i), second.get(i), "source should be nondeterministic unseeded: " + first.get(i));
        }
    }

    @Test
    @DisplayName("the stream named x starts with the value NumPy's SeedSequence and xoshiro256++ predict")
    void streamMatchesIndependentReference() {
        String out = withRequiredFlags().run(DrawFromEverySource.class, "seed").assertSuccess().stdout();
        // First xoshiro256++ output for (2021, "x") from scripts/derivation_vectors.py (NumPy + plain Python).
        assertTrue(out.contains("Seeds.stream(x) -2146047830646074273"), out);
    }

    @Test
    @DisplayName("without the --add-opens flags the report names every missing flag, and they are the required ones")
    void missingFlagsAreNamed() {
        String json = ForkedJvm.create().run(DrawFromEverySource.class, "report").assertSuccess().stdout();
        Map<String, Object> report = Json.parseObject(json);
        List<String> required = Seeds.requiredJvmOptions();
        int noAccess = 0;
        for (Object entry : (List<?>) report.get("targets")) {
            Map<?, ?> target = (Map<?, ?>) entry;
            if ("NO_ACCESS".equals(target.get("status"))) {
                noAccess++;
                String fix = (String) target.get("fix");
                assertTrue(fix.startsWith("--add-opens="), fix);
                for (String flag : fix.split(" (?=--add-opens)")) {
                    assertTrue(required.contains(flag), flag + " missing from requiredJvmOptions " + required);
                }
            }
        }
        assertEquals(6, noAccess, "Math, StrictMath, ThreadLocalRandom, SplittableRandom, generators, shuffle: "
                + json);
        assertEquals(Boolean.FALSE, report.get("complete"));
    }

    @Test
    @DisplayName("with the required flags every JDK target is seeded")
    void requiredFlagsAreEnough() {
        String json = withRequiredFlags().run(DrawFromEverySource.class, "report").assertSuccess().stdout();
        Map<String, Object> report = Json.parseObject(json);
        for (Object entry : (List<?>) report.get("targets")) {
            Map<?, ?> target = (Map<?, ?>) entry;
            if (!"jdk.secure-random".equals(target.get("name"))) {
                assertEquals("SEEDED", target.get("status"), target.toString());
            }
        }
    }

    @Test
    @DisplayName("the k-th thread of a Seeds.threadFactory pool draws the same ThreadLocalRandom values in every JVM")
    void poolThreadsRepeatAcrossJvms() {
        String first = withRequiredFlags().run(ThreadPoolDraws.class, "seeded").assertSuccess().stdout();
        String second = withRequiredFlags().run(ThreadPoolDraws.class, "seeded").assertSuccess().stdout();
        assertEquals(3, first.lines().count(), first);
        assertEquals(first, second);
    }

    @Test
    @DisplayName("plain threads created in a fixed order repeat too, as the seeder is seeded; unseeded they do not")
    void plainThreadsAfterSeedingFollowTheSeeder() {
        // The seeder is seeded too, so even plain threads repeat when they are created in a fixed order.
        String first = withRequiredFlags().run(ThreadPoolDraws.class, "plain").assertSuccess().stdout();
        String second = withRequiredFlags().run(ThreadPoolDraws.class, "plain").assertSuccess().stdout();
        assertEquals(first, second);
        String unseeded = ForkedJvm.create().run(ThreadPoolDraws.class, "plain").assertSuccess().stdout();
        assertNotEquals(first, unseeded);
    }

    @Test
    @DisplayName("the Launcher seeds an unchanged program exactly like Seeds.everything in its main")
    void launcherSeedsUnchangedProgram() {
        String direct = withRequiredFlags().run(DrawFromEverySource.class, "seed").assertSuccess().stdout();
        ForkedJvm.Result launched = withRequiredFlags().run(Launcher.class, "--seed", "2021",
                DrawFromEverySource.class.getName(), "launched").assertSuccess();
        List<String> lines = launched.stdout().lines().toList();
        assertEquals("master 2021", lines.get(0));
        assertEquals(direct, String.join("\n", lines.subList(1, lines.size())) + "\n");
        assertTrue(launched.stderr().contains("Seed set to 2021; reproduce with -Dseeds.master=2021"),
                launched.stderr());
    }

    @Test
    @DisplayName("the master comes from -Dseeds.master, else SEEDS_MASTER")
    void masterFromPropertyOrEnvironment() {
        String direct = withRequiredFlags().run(DrawFromEverySource.class, "seed").assertSuccess().stdout();
        String byProperty = withRequiredFlags().options("-Dseeds.master=0x7e5")
                .run(Launcher.class, DrawFromEverySource.class.getName(), "launched").assertSuccess().stdout();
        String byEnvironment = withRequiredFlags().environment("SEEDS_MASTER", "2021")
                .run(Launcher.class, DrawFromEverySource.class.getName(), "launched").assertSuccess().stdout();
        assertEquals("master 2021\n" + direct, byProperty);
        assertEquals("master 2021\n" + direct, byEnvironment);
    }

    @Test
    @DisplayName("with no property and no environment variable, a fresh seed is drawn, logged and reported")
    void freshSeedWhenNoneIsGiven() {
        ForkedJvm.Result first = ForkedJvm.create().run(PrintMasterSource.class).assertSuccess();
        ForkedJvm.Result second = ForkedJvm.create().run(PrintMasterSource.class).assertSuccess();
        String[] firstParts = first.stdout().trim().split("\\|");
        assertEquals("fresh entropy", firstParts[0]);
        assertEquals("SEED_ONLY", firstParts[2]);
        assertEquals("false", firstParts[3], "no master before the first call");
        assertEquals("true", firstParts[4]);
        assertNotEquals(first.stdout(), second.stdout());
        assertTrue(first.stderr().contains("Seed set to " + firstParts[1] + "; reproduce with -Dseeds.master="
                + firstParts[1]), first.stderr());
        ForkedJvm.Result badProperty = ForkedJvm.create().options("-Dseeds.master=twenty").run(PrintMasterSource.class);
        assertNotEquals(0, badProperty.exitCode());
        assertTrue(badProperty.stderr().contains("system property -Dseeds.master is not a seed"), badProperty.stderr());
    }

    @Test
    @DisplayName("-Dseeds.mode picks the mode of Seeds.everything(); a bad mode or SEEDS_MASTER names the value and the fix")
    void modeFromPropertyAndBadSettings() {
        String deterministic = ForkedJvm.create().options("-Dseeds.master=7", "-Dseeds.mode=deterministic")
                .run(PrintMasterSource.class).assertSuccess().stdout();
        assertTrue(deterministic.startsWith("system property seeds.master|7|DETERMINISTIC|"), deterministic);
        ForkedJvm.Result badMode = ForkedJvm.create().options("-Dseeds.mode=careful").run(PrintMasterSource.class);
        assertNotEquals(0, badMode.exitCode());
        assertTrue(badMode.stderr().contains("-Dseeds.mode=careful is not a mode; use one of SEED_ONLY, DETERMINISTIC,"
                + " STRICT"), badMode.stderr());
        ForkedJvm.Result badEnvironment = ForkedJvm.create().environment("SEEDS_MASTER", "0xzz")
                .run(PrintMasterSource.class);
        assertNotEquals(0, badEnvironment.exitCode());
        assertTrue(badEnvironment.stderr().contains("environment variable SEEDS_MASTER is not a seed: Cannot read seed"
                + " '0xzz'"), badEnvironment.stderr());
    }

    @Test
    @DisplayName("the Launcher rejects bad options with exit code 2 and a message that names the value")
    void launcherUsageErrors() {
        ForkedJvm.Result badSeed = ForkedJvm.create().run(Launcher.class, "--seed", "12ab", "Main");
        assertEquals(2, badSeed.exitCode());
        assertTrue(badSeed.stderr().contains("'12ab'"), badSeed.stderr());
        ForkedJvm.Result noClass = ForkedJvm.create().run(Launcher.class, "--seed", "1", "com.example.Missing");
        assertEquals(2, noClass.exitCode());
        assertEquals(1, noClass.stderr().split("com\\.example\\.Missing", -1).length - 1,
                "the class is named once: " + noClass.stderr());
        assertTrue(noClass.stderr().contains("no such class on the class path"), noClass.stderr());
        ForkedJvm.Result noMain = ForkedJvm.create().run(Launcher.class, "--seed", "1", Seeds.class.getName());
        assertEquals(2, noMain.exitCode());
        assertTrue(noMain.stderr().contains("has no public static void main(String[])"), noMain.stderr());
    }

    @Test
    @DisplayName("without an SLF4J provider, Seeds.everything() prints the unseeded targets and their fixes to stderr")
    void warningsReachStderrWithoutALoggingProvider() {
        String withoutProvider = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        // No --add-opens flags: the JDK targets cannot be seeded, which the user must hear about.
        ForkedJvm.Result silent = ForkedJvm.create().classPath(withoutProvider).options("-Dseeds.master=2021")
                .run(PrintMasterSource.class).assertSuccess();
        assertTrue(silent.stderr().contains("seed-everything: Seed set to 2021; reproduce with -Dseeds.master=2021"),
                silent.stderr());
        assertTrue(silent.stderr().contains("seed-everything: not seeded: jdk.math-random (NO_ACCESS)"),
                silent.stderr());
        assertTrue(silent.stderr().contains("fix: --add-opens=java.base/java.lang=ALL-UNNAMED"), silent.stderr());
        ForkedJvm.Result logged = ForkedJvm.create().options("-Dseeds.master=2021").run(PrintMasterSource.class)
                .assertSuccess();
        assertTrue(logged.stderr().contains("WARN org.seedeverything.Seeds - not seeded: jdk.math-random (NO_ACCESS)"), "through the provider: " + logged.stderr());
        assertFalse(logged.stderr().contains("seed-everything: not seeded:"), "not twice: " + logged.stderr());
    }

    @Test
    @DisplayName("before a master is set, every call that needs one says to call Seeds.everything")
    void callsBeforeSeedingExplainTheFix() {
        List<String> lines = ForkedJvm.create().run(ExpectNoMaster.class).assertSuccess().stdout().lines().toList();
        assertEquals(6, lines.size());
        for (String line : lines) {
            assertTrue(line.contains("call Seeds.everything(seed)"), line);
        }
    }
}
