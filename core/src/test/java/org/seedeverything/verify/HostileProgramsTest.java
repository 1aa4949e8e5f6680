package org.seedeverything.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.verify.Difference.Source;
import org.seedeverything.verify.Verification.Verdict;

/** The verifier against programs that try to fool it or hurt it, each run in real, fresh JVMs. */
class HostileProgramsTest {
    @TempDir
    Path directory;

    private static JvmVerifier.Builder hostile(String... arguments) {
        return hostile(List.of(), arguments);
    }

    private static JvmVerifier.Builder hostile(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HostilePrograms.class.getName()));
        command.addAll(List.of(arguments));
        return JvmVerifier.builder(command).timeout(Duration.ofSeconds(60));
    }

    @Test
    @DisplayName("runs that differ only in bytes that are not UTF-8 (ISO-8859-1 letters) are nondeterministic")
    void latin1LettersAreCompared() {
        Verification verification = hostile(List.of("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1"),
                "latin1-letter", directory.toString()).runs(2).build().verify();

        assertEquals(Verdict.NONDETERMINISTIC, verification.verdict(), verification::toString);
        Difference first = verification.firstDifference().orElseThrow();
        assertEquals(Source.STDOUT, first.source());
        assertEquals(2, first.index());
        // the runs go side by side, so either may have drawn the first letter; bytes not UTF-8 are shown as \xNN
        assertEquals(Set.of("caf\\xE0", "caf\\xE1"), Set.of(first.expected(), first.actual()), first::toString);
    }

    @Test
    @DisplayName("binary stdout that differs in one byte is nondeterministic")
    void binaryStdoutIsCompared() {
        Verification verification = hostile("binary-stdout", directory.toString()).runs(2).build().verify();

        assertEquals(Verdict.NONDETERMINISTIC, verification.verdict(), verification::toString);
        Difference first = verification.firstDifference().orElseThrow();
        // the runs go side by side, so either may have written 0xC0 (the other 0xC1)
        String both = first.expected() + " | " + first.actual();
        assertTrue(both.contains("\\xC0") && both.contains("\\xC1"), first::toString);
    }

    @Test
    @DisplayName("a program that prints and records nothing gets 'nothing to compare' and exit 2, not a pass")
    void nothingToCompareIsNotAPass() {
        Verification verification = hostile("silent").runs(2).build().verify();

        assertEquals(Verdict.FAILED, verification.verdict(), verification::toString);
        assertEquals(2, verification.exitCode());
        assertTrue(verification.toString().contains("FAILED: nothing to compare"), verification::toString);
    }

    @Test
    @DisplayName("--jdk /bin/true is not a JDK")
    void aJdkMustBeAJavaExecutable() {
        Path impostor = Path.of("/bin/true");
        Assumptions.assumeTrue(Files.isExecutable(impostor));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hostile("silent").jdk(impostor));
        assertTrue(e.getMessage().contains("/bin/true is neither a JDK home"), e.getMessage());
    }

    @Test
    @DisplayName("children left running after a normal exit are reaped, setsid-detached ones too")
    void leftoverChildrenAreReaped() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")) && Files.isExecutable(Path.of("/usr/bin/setsid"))
                || Files.isExecutable(Path.of("/bin/setsid")), "needs Linux with setsid");

        hostile("leave-children", directory.toString()).runs(2).build().verify();

        Set<Long> pids;
        try (Stream<Path> files = Files.list(directory)) {
            pids = files.filter(f -> f.getFileName().toString().startsWith("pids-")).flatMap(HostileProgramsTest::lines)
                    .map(String::trim).filter(line -> !line.isEmpty()).map(Long::parseLong)
                    .collect(Collectors.toSet());
        }
        assertEquals(4, pids.size(), "two runs, each with a plain and a detached child: " + pids);
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                    "process " + pid + " outlived the verifier");
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a JVM that crashes is reported with the signal and its crash banner; hs_err stays out of the cwd")
    void crashesAreDecoded() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "needs Linux signals");
        Set<Path> before = hsErrFiles();

        Verification verification = hostile("self-segv").runs(2).parallelism(2).build().verify();

        assertEquals(Verdict.FAILED, verification.verdict(), verification::toString);
        String problem = verification.problems().get(0);
        assertTrue(problem.contains("SIGABRT (exit status 134)"), problem);
        assertTrue(problem.contains("A fatal error has been detected"), problem);
        assertTrue(problem.contains("SIGSEGV"), problem);
        assertEquals(before, hsErrFiles(), "hs_err files go to the run's temporary directory");
    }

    private static Set<Path> hsErrFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid")).collect(Collectors.toSet());
        }
    }

    @Test
    @DisplayName("a manifest nested 20,000 deep is a problem that names the file, not a StackOverflowError")
    void deepManifestIsAProblemNamingTheFile() {
        Verification verification = hostile("deep-manifest").runs(2).build().verify();

        assertEquals(Verdict.FAILED, verification.verdict(), verification::toString);
        String problem = verification.problems().get(0);
        assertTrue(problem.contains("manifest.json") && problem.contains("nest more than"), problem);
    }

    @Test
    @DisplayName("lock ignores what JVM options print on stdout (--show-version) when it probes the environment")
    void lockSurvivesShowVersion() {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        Verification locked = JvmVerifier.builder("--show-version", "-cp", System.getProperty("java.class.path"),
                SamplePrograms.class.getName(), "seeded-random").runs(2).timeout(Duration.ofSeconds(60)).build()
                .lock(lockFile, false);

        assertTrue(locked.deterministic(), locked::toString);
        assertEquals(System.getProperty("java.version"), LockFile.read(lockFile).environment().get("java.version"));
    }

    @Test
    @DisplayName("the report shows the user's command and the one that ran; JSON carries both")
    void reportsShowBothCommands() {
        Verification verification = JvmVerifierTest.sample("seeded-random").runs(2).seed(2021).build().verify();

        String text = verification.toString();
        assertTrue(text.contains("  program: java -cp "), text);
        assertTrue(text.contains("  ran (run 1): ") && text.contains(JvmVerifier.LAUNCHER_CLASS + " --seed 2021"),
                text);
        String json = verification.toJson();
        assertTrue(json.contains("\"command\": [") && json.contains("\"seed\": \"2021\""), json);
    }

    @Test
    @DisplayName("when --seed still leaves the program nondeterministic, the report suggests the agent's audit")
    void seededNondeterminismSuggestsTheAudit() {
        Verification verification = JvmVerifierTest.sample("clock").runs(2).seed(2021).build().verify();

        assertEquals(Verdict.NONDETERMINISTIC, verification.verdict(), verification::toString);
        String text = verification.toString();
        assertTrue(text.contains("seeding from 2021 did not make it reproducible") && text.contains("mode=audit"),
                text);
    }
}
