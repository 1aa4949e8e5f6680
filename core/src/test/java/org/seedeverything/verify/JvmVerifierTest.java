package org.seedeverything.verify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.Difference.Source;
import org.seedeverything.verify.Verification.Verdict;
import org.w3c.dom.Document;

/** The cross-JVM verifier over small programs, each run in real, fresh JVMs. */
class JvmVerifierTest {

    static JvmVerifier.Builder sample(String... programArguments) {
        List<String> arguments = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                SamplePrograms.class.getName()));
        arguments.addAll(List.of(programArguments));
        return JvmVerifier.builder(arguments).timeout(Duration.ofSeconds(60));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeded-random", "string-hash-map", "tree-map", "ordered-parallel-collect",
            "identity-hash-codes"})
    @DisplayName("programs that are deterministic on one machine never raise an alarm in 3 runs")
    void deterministicProgramsPass(String program) {
        Verification verification = sample(program).runs(3).build().verify();

        assertEquals(Verdict.DETERMINISTIC, verification.verdict(), verification::toString);
        assertEquals(0, verification.exitCode());
        assertEquals(3, verification.runs().size());
        assertTrue(verification.toString().contains("deterministic: 3 runs agree"), verification::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unseeded-random", "math-random", "set-of-iteration-order", "thread-race", "clock"})
    @DisplayName("unseeded randomness, Set.of order, races and clocks are all flagged in 3 runs")
    void nondeterministicProgramsAreFlagged(String program) {
        Verification verification = sample(program).runs(3).build().verify();

        assertEquals(Verdict.NONDETERMINISTIC, verification.verdict(), verification::toString);
        assertEquals(1, verification.exitCode());
        Difference first = verification.firstDifference().orElseThrow();
        assertEquals(Source.STDOUT, first.source());
        assertNotEquals(first.expected(), first.actual());
    }

    @Test
    @DisplayName("the report names the first difference: where, in which run, and both values")
    void reportNamesTheFirstDifference() {
        Verification verification = sample("clock").runs(2).build().verify();

        Difference first = verification.firstDifference().orElseThrow();
        List<String> lines = verification.runs().stream().map(run -> run.stdout().lines().toList()).toList()
                .get(0);
        String secondRunLine2 = verification.runs().get(1).stdout().lines().toList().get(1);
        assertAll(
                () -> assertEquals(Source.STDOUT, first.source()),
                () -> assertEquals(2, first.index(), "line 1 'clock' is the same, line 2 has the nano time"),
                () -> assertEquals(lines.get(1), first.expected()),
                () -> assertEquals(secondRunLine2, first.actual()),
                () -> assertEquals(2, first.run()),
                () -> assertEquals(1, first.reference()),
                () -> assertTrue(first.detail().startsWith("lines 2 and 3 differ"), first.detail()),
                () -> assertTrue(verification.toString().contains("first difference: run 2 vs run 1: stdout line 2:"
                        + " expected '" + lines.get(1) + "' but was '" + secondRunLine2 + "'"),
                        verification::toString));
    }

    @Test
    @DisplayName("recorded manifests are compared: the first differing entry, its element index and both values")
    void manifestDifferenceNamesEntryElementAndValues() {
        Verification stable = sample("record-weights").runs(2).build().verify();
        Verification unstable = sample("record-weights", "unstable").runs(3).build().verify();

        assertTrue(stable.deterministic(), stable::toString);
        assertTrue(stable.toString().contains("the manifest (2 entries)"), stable::toString);
        Difference first = unstable.firstDifference().orElseThrow();
        String recordedInRun1 = unstable.runs().get(0).stdout().strip().substring("element5 ".length());
        String recordedInRun2 = unstable.runs().get(1).stdout().strip().substring("element5 ".length());
        assertAll(
                () -> assertEquals(Source.MANIFEST, first.source()),
                () -> assertEquals("layer1.W", first.subject()),
                () -> assertEquals(5, first.index()),
                () -> assertEquals(recordedInRun1, first.expected()),
                () -> assertEquals(recordedInRun2, first.actual()),
                () -> assertEquals(2, first.run()),
                () -> assertTrue(first.detail().contains("[1, 1]"), () -> "coordinates of element 5 in 2x4: "
                        + first.detail()),
                () -> assertTrue(unstable.toString().contains("first difference: run 2 vs run 1: manifest entry"
                        + " 'layer1.W' element 5: expected '" + recordedInRun1 + "' but was '" + recordedInRun2
                        + "'"), unstable::toString),
                () -> assertTrue(unstable.differences().stream().noneMatch(d -> d.subject().equals("config")),
                        "the stable entry is not reported"));
    }

    @Test
    @DisplayName("with a seed the program runs under the Launcher: Math.random() then follows the master seed")
    void seedRunsTheProgramUnderTheLauncher() {
        Verification seeded = sample("math-random").runs(2).seed(2021).build().verify();
        Verification otherSeed = sample("math-random").runs(2).seed(2022).build().verify();

        assertTrue(seeded.deterministic(), seeded::toString);
        assertTrue(otherSeed.deterministic(), otherSeed::toString);
        assertNotEquals(seeded.runs().get(0).stdout(), otherSeed.runs().get(0).stdout());
        assertTrue(seeded.runs().get(0).command().contains(JvmVerifier.LAUNCHER_CLASS));
    }

    @Test
    @DisplayName("--cores runs each configuration with that processor count, which the program can see")
    void coresBecomeActiveProcessorCount() {
        Verification verification = sample("cores").runs(1).cores(1).cores(2).build().verify();

        assertEquals("cores 1", verification.runs().get(0).stdout().strip());
        assertEquals("cores 2", verification.runs().get(1).stdout().strip());
        Difference first = verification.firstDifference().orElseThrow();
        assertEquals("cores 1", first.expected());
        assertEquals("cores 2", first.actual());
        assertTrue(verification.runs().get(1).describe().contains("2 cores"));
    }

    @Test
    @DisplayName("--jdk accepts a JDK home or a java executable; each JDK is a configuration")
    void jdksAreConfigurations() {
        Path home = Path.of(System.getProperty("java.home"));
        Verification verification = sample("seeded-random").runs(1).jdk(home)
                .jdk(home.resolve("bin").resolve("java")).build().verify();

        assertTrue(verification.deterministic(), verification::toString);
        assertEquals(home.resolve("bin").resolve("java"), verification.runs().get(0).java());
        IllegalArgumentException notAJdk = assertThrows(IllegalArgumentException.class,
                () -> sample("seeded-random").jdk(Path.of("no-such-jdk")));
        assertTrue(notAJdk.getMessage().contains("no-such-jdk"), notAJdk.getMessage());
    }

    @Test
    @DisplayName("a crashing program fails the verification with its exit status and the tail of its stderr")
    void crashIsReportedWithStderrTail() {
        Verification verification = sample("crash").runs(2).build().verify();

        assertEquals(Verdict.FAILED, verification.verdict());
        assertEquals(2, verification.exitCode());
        String problem = verification.problems().get(0);
        assertTrue(problem.contains("exited with status 3"), problem);
        assertTrue(problem.contains("the model file is missing"), problem);
    }

    @Test
    @DisplayName("a hung program is killed at the timeout with its descendants and reported with its stderr tail")
    void hungProgramIsKilledWithItsDescendants() {
        Verification verification = sample("hang", "with-grandchild").runs(2).timeout(Duration.ofSeconds(5)).build()
                .verify();

        assertEquals(Verdict.FAILED, verification.verdict());
        assertTrue(verification.runs().stream().allMatch(JvmRun::timedOut));
        String problem = verification.problems().get(0);
        assertTrue(problem.contains("did not finish within the timeout"), problem);
        assertTrue(problem.contains("waiting forever"), problem);
        for (String key : List.of("hanging pid", "grandchild pid")) {
            Matcher pid = Pattern.compile(key + " (\\d+)").matcher(problem);
            assertTrue(pid.find(), () -> key + " missing in " + problem);
            long id = Long.parseLong(pid.group(1));
            assertFalse(ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false), key + " " + id + " is alive");
        }
    }

    @Test
    @DisplayName("files written to {output} are compared: text by line, with the differing file named")
    void outputFilesAreCompared() {
        Verification same = sample("write-files", JvmVerifier.OUTPUT_PLACEHOLDER).runs(2).compareFiles(true)
                .build().verify();
        Verification stamped = sample("write-files", JvmVerifier.OUTPUT_PLACEHOLDER, "stamp").runs(2)
                .compareFiles(true).build().verify();

        assertTrue(same.deterministic(), same::toString);
        Difference first = stamped.firstDifference().orElseThrow();
        assertEquals(Source.FILE, first.source());
        assertEquals("reports/summary.txt", first.subject());
        assertEquals(2, first.index());
        assertTrue(first.expected().startsWith("written at "), first.expected());
        assertEquals(1, stamped.differences().size(), "weights.bin is the same in both runs");
    }

    @Test
    @DisplayName("the JSON and JUnit XML reports carry the verdict and each difference")
    void machineReadableReports() throws Exception {
        Verification verification = sample("math-random").runs(3).build().verify();

        Map<String, Object> json = Json.parseObject(verification.toJson());
        assertEquals("NONDETERMINISTIC", json.get("verdict"));
        assertEquals(1L, json.get("exitCode"));
        assertEquals(2, ((List<?>) json.get("differences")).size(), "runs 2 and 3 each differ from run 1");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(verification.toJunitXml().getBytes(StandardCharsets.UTF_8)));
        assertEquals("3", xml.getDocumentElement().getAttribute("tests"));
        assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
        assertEquals(2, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    @DisplayName("verify needs two runs to compare and explains the fix")
    void verifyNeedsTwoRuns() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> sample("clock").runs(1).build().verify());
        assertTrue(error.getMessage().contains("--runs 2"), error.getMessage());
    }
}
