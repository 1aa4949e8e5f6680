package org.seedeverything.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.SamplePrograms;
import picocli.CommandLine;

/** The command line's contract: subcommands, help, version, reports and exit codes. */
class SeedEverythingCliTest {
    @TempDir
    Path directory;

    /** What one invocation printed and returned. */
    record Invocation(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Invocation execute(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SeedEverythingCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new Invocation(exitCode, out.toString(), err.toString());
    }

    /** A subcommand with options, then {@code --} and the java arguments of a sample program. */
    static String[] withSample(List<String> command, String program) {
        List<String> arguments = new ArrayList<>(command);
        arguments.addAll(List.of("--", "-cp", System.getProperty("java.class.path"), SamplePrograms.class.getName(),
                program));
        return arguments.toArray(String[]::new);
    }

    @Test
    @DisplayName("verify exits 0 for a deterministic program and 1, with both report files, for a flaky one")
    void verifyExitCodesAndReportFiles() throws IOException {
        Path json = directory.resolve("reports/determinism.json");
        Path junit = directory.resolve("reports/determinism.xml");

        Invocation deterministic = execute(withSample(List.of("verify", "--runs", "2"), "seeded-random"));
        Invocation flaky = execute(withSample(List.of("verify", "--runs", "3", "--json", json.toString(),
                "--junit-xml", junit.toString()), "unseeded-random"));

        assertEquals(0, deterministic.exitCode(), deterministic::all);
        assertTrue(deterministic.out().contains("deterministic: 2 runs agree"), deterministic::all);
        assertEquals(1, flaky.exitCode(), flaky::all);
        assertTrue(flaky.out().contains("first difference: run 2 vs run 1: stdout line 1"), flaky::all);
        assertEquals("NONDETERMINISTIC", Json.parseObject(Files.readString(json)).get("verdict"));
        assertTrue(Files.readString(junit).contains("failures=\"2\""), () -> junit.toString());
    }

    @Test
    @DisplayName("a program that fails makes verify exit 2 and print the end of its stderr")
    void failedProgramExitsTwo() {
        Invocation crash = execute(withSample(List.of("verify", "--runs", "2"), "crash"));

        assertEquals(2, crash.exitCode(), crash::all);
        assertTrue(crash.out().contains("exited with status 3") && crash.out().contains("the model file is missing"),
                crash::all);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"verify --runs 0 -- -cp x Main", "verify --seed 12x -- -cp x Main",
            "verify --timeout soon -- -cp x Main", "verify --cores 0 -- -cp x Main", "verify --no-such-option",
            "verify", "verify -- -cp x", "run -- -cp x Main", "check --lock-file missing.json", "lock --mode STRICT"
            + " -- -cp x Main", "frobnicate", ""})
    @DisplayName("usage errors exit 2 with a message on stderr")
    void usageErrorsExitTwo(String commandLine) {
        Invocation invocation = execute(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertEquals(2, invocation.exitCode(), invocation::all);
        assertFalse(invocation.err().isBlank(), invocation::all);
        assertFalse(invocation.err().contains("\tat "), () -> "no stack trace: " + invocation.err());
    }

    @Test
    @DisplayName("the usage errors name the bad value and the fix")
    void usageErrorsExplainTheFix() {
        assertAll(
                () -> assertTrue(execute("verify", "--seed", "12x", "--", "-cp", "x", "Main").err()
                        .contains("accepted forms"), "seed"),
                () -> assertTrue(execute("verify", "--runs", "0", "--", "-cp", "x", "Main").err()
                        .contains("runs is 0"), "runs"),
                () -> assertTrue(execute("verify", "--", "-cp", "x").err().contains("name no main class"), "main"),
                () -> assertTrue(execute("check", "--lock-file", directory.resolve("gone.json").toString()).err()
                        .contains("gone.json does not exist"), "lock"));
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"verify", "run", "lock", "check", "report"})
    @DisplayName("every subcommand has --help, with its exit codes")
    void everySubcommandHasHelp(String subcommand) {
        Invocation help = execute(subcommand, "--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: seed-everything " + subcommand), help::out);
        assertTrue(help.out().contains("Exit codes"), help::out);
    }

    @Test
    @DisplayName("--version names the tool and the JDK; bare --help lists the subcommands")
    void versionAndTopLevelHelp() {
        Invocation version = execute("--version");
        Invocation help = execute("--help");

        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("seed-everything "), version::out);
        assertTrue(version.out().contains(System.getProperty("java.version")), version::out);
        for (String subcommand : List.of("verify", "run", "lock", "check", "report")) {
            assertTrue(help.out().contains("  " + subcommand), help::out);
        }
    }

    @Test
    @DisplayName("lock writes once, refuses to overwrite without --update, and check exits 0, then 1 on drift")
    void lockAndCheckExitCodes() throws IOException {
        Path lockFile = directory.resolve("determinism.lock.json");
        String lockPath = lockFile.toString();

        Invocation locked = execute(withSample(List.of("lock", "--lock-file", lockPath), "tree-map"));
        Invocation again = execute(withSample(List.of("lock", "--lock-file", lockPath), "tree-map"));
        Invocation checked = execute("check", "--lock-file", lockPath);
        Files.writeString(lockFile, Files.readString(lockFile).replace("key-", "kee-"));
        Invocation drift = execute("check", "--lock-file", lockPath);
        Files.writeString(lockFile, "{ this is not json");
        Invocation corrupt = execute("check", "--lock-file", lockPath);

        assertAll(
                () -> assertEquals(0, locked.exitCode(), locked::all),
                () -> assertTrue(locked.out().contains("wrote " + lockPath), locked::all),
                () -> assertEquals(2, again.exitCode(), again::all),
                () -> assertTrue(again.err().contains("--update"), again::all),
                () -> assertEquals(0, checked.exitCode(), checked::all),
                () -> assertEquals(1, drift.exitCode(), drift::all),
                () -> assertTrue(drift.out().contains("run 1 vs the lock file: stdout line 1"), drift::all),
                () -> assertEquals(2, corrupt.exitCode(), corrupt::all),
                () -> assertTrue(corrupt.err().contains(lockPath + " is corrupt"), corrupt::all));
    }

    @Test
    @DisplayName("run exits 0 when the seeded program succeeds and 2, naming its status, when it fails")
    void runExitCodes() {
        Invocation succeeded = execute(withSample(List.of("run", "--seed", "2021"), "math-random"));
        Invocation crashed = execute(withSample(List.of("run", "--seed", "2021", "--timeout", "60s"), "crash"));

        assertEquals(0, succeeded.exitCode(), succeeded::all);
        assertEquals(2, crashed.exitCode(), crashed::all);
        assertTrue(crashed.err().contains("exited with status 3"), crashed::all);
    }

    @Test
    @DisplayName("report prints the seed report of this JVM as text or JSON")
    void reportPrintsTheSeedReport() {
        Invocation text = execute("report", "--seed", "2021");
        Invocation json = execute("report", "--json", "--seed", "0");

        assertEquals(0, text.exitCode(), text::all);
        assertTrue(text.out().startsWith("seed-everything report: master 2021"), text::out);
        Map<String, Object> parsed = Json.parseObject(json.out());
        assertEquals("0", parsed.get("master"));
        assertTrue(parsed.containsKey("targets"));
    }

    @Test
    @DisplayName("report without --seed takes the master as a program would, never 'master 0 (argument)'")
    void reportWithoutSeed() {
        Invocation report = execute("report");

        assertEquals(0, report.exitCode(), report::all);
        assertFalse(report.out().contains("(argument)"), report::all);
        assertTrue(execute("report", "--seed", "7").out().contains("(argument)"));
    }

    @Test
    @DisplayName("a lock file nested 5,000 deep is exit 2 with one line naming the file, never exit 1")
    void deepLockFileIsExitTwo() throws IOException {
        Path deep = Files.writeString(directory.resolve("deep.lock.json"), "[".repeat(5000) + "]".repeat(5000));

        Invocation check = execute("check", "-f", deep.toString());

        assertEquals(2, check.exitCode(), check::all);
        assertTrue(check.err().contains(deep.toString()) && check.err().contains("nest more than"), check::all);
        assertFalse(check.all().contains("StackOverflowError"), check::all);
    }
}
