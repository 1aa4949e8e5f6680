package org.seedeverything.verify;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.Difference.Source;
import org.seedeverything.verify.Verification.Verdict;

/** Golden lock files: written once, checked against later runs, never overwritten by accident. */
class LockFileTest {
    @TempDir
    Path directory;

    /** The sample program that prints "backend X", with X also contributed as an environment fact. */
    private static JvmVerifier.Builder backendProgram(String backend) {
        List<String> arguments = new ArrayList<>(List.of("-Dsample.backend=" + backend,
                "-D" + LockFile.ENVIRONMENT_PROPERTY_PREFIX + "backend=" + backend,
                "-cp", System.getProperty("java.class.path"), SamplePrograms.class.getName(),
                "environment-property"));
        return JvmVerifier.builder(arguments).timeout(Duration.ofSeconds(60));
    }

    @Test
    @DisplayName("lock writes the run and its environment; check of the same program finds no drift")
    void lockThenCheck() {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);

        Verification locked = backendProgram("cpu").runs(2).build().lock(lockFile, false);
        Verification checked = backendProgram("cpu").runs(1).build().check(lockFile);

        assertTrue(locked.deterministic(), locked::toString);
        LockFile lock = LockFile.read(lockFile);
        assertAll(
                () -> assertEquals(List.of("backend cpu"), lock.stdout()),
                () -> assertEquals(System.getProperty("java.version"), lock.environment().get("java.version")),
                () -> assertEquals(System.getProperty("os.arch"), lock.environment().get("os.arch")),
                () -> assertTrue(lock.environment().containsKey("cores")),
                () -> assertEquals("cpu", lock.environment().get("backend"), "contributed by system property"),
                () -> assertTrue(lock.environment().keySet().stream().anyMatch(k -> k.startsWith("library.junit")),
                        () -> "library versions from the class path: " + lock.environment().keySet()));
        assertEquals(Verdict.DETERMINISTIC, checked.verdict(), checked::toString);
        assertEquals(List.of(), checked.environmentChanges());
    }

    @Test
    @DisplayName("check explains drift and points at the environment facts that changed")
    void driftReportNamesEnvironmentChanges() throws IOException {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        backendProgram("cpu").runs(1).build().lock(lockFile, false);
        Map<String, Object> edited = Json.parseObject(Files.readString(lockFile));
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) edited.get("environment");
        environment.put("java.version", "11.0.2");
        Files.writeString(lockFile, Json.write(edited));

        Verification drift = backendProgram("gpu").runs(1).build().check(lockFile);

        assertEquals(Verdict.NONDETERMINISTIC, drift.verdict(), drift::toString);
        Difference first = drift.firstDifference().orElseThrow();
        assertAll(
                () -> assertEquals(Source.STDOUT, first.source()),
                () -> assertEquals(1, first.index()),
                () -> assertEquals("backend cpu", first.expected()),
                () -> assertEquals("backend gpu", first.actual()),
                () -> assertEquals(0, first.reference(), "the reference is the lock file"),
                () -> assertTrue(drift.environmentChanges().contains(new EnvironmentChange("backend", "cpu", "gpu"))),
                () -> assertTrue(drift.environmentChanges().contains(new EnvironmentChange("java.version", "11.0.2",
                        System.getProperty("java.version")))),
                () -> assertTrue(drift.toString().contains("these changes may explain the drift"), drift::toString),
                () -> assertTrue(drift.toString().contains("java.version: 11.0.2 -> "), drift::toString));
    }

    @Test
    @DisplayName("the lock keeps the recorded manifest; check locates drift to the entry, element and both values")
    void manifestDriftIsLocated() {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        JvmVerifierTest.sample("record-weights").runs(1).build().lock(lockFile, false);

        Verification drift = JvmVerifierTest.sample("record-weights", "unstable").runs(1).build().check(lockFile);

        assertEquals(2, LockFile.read(lockFile).manifest().orElseThrow().size());
        String locked = LockFile.read(lockFile).stdout().get(0).substring("element5 ".length());
        Difference first = drift.firstDifference().orElseThrow();
        assertAll(
                () -> assertEquals(Source.MANIFEST, first.source()),
                () -> assertEquals("layer1.W", first.subject()),
                () -> assertEquals(5, first.index()),
                () -> assertEquals(locked, first.expected()),
                () -> assertEquals(drift.runs().get(0).stdout().strip().substring("element5 ".length()),
                        first.actual()),
                () -> assertEquals(0, first.reference()));
    }

    @Test
    @DisplayName("a lock with output files keeps their hashes, and check compares the files again")
    void outputFilesAreLockedByHash() {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        JvmVerifierTest.sample("write-files", JvmVerifier.OUTPUT_PLACEHOLDER).runs(1).compareFiles(true).build()
                .lock(lockFile, false);

        Verification same = JvmVerifierTest.sample("write-files", JvmVerifier.OUTPUT_PLACEHOLDER).runs(1).build()
                .check(lockFile);
        Verification stamped = JvmVerifierTest.sample("write-files", JvmVerifier.OUTPUT_PLACEHOLDER, "stamp").runs(1)
                .build().check(lockFile);

        assertEquals(List.of("reports/summary.txt", "weights.bin"),
                List.copyOf(LockFile.read(lockFile).fileHashes().keySet()));
        assertTrue(same.deterministic(), same::toString);
        Difference first = stamped.firstDifference().orElseThrow();
        assertEquals(Source.FILE, first.source());
        assertEquals("reports/summary.txt", first.subject());
        assertTrue(first.expected().startsWith("sha256 ") && first.actual().startsWith("sha256 "), first::toString);
    }

    @Test
    @DisplayName("a changed environment with matching results is reported but is no drift")
    void environmentChangeWithoutDrift() throws IOException {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        backendProgram("cpu").runs(1).build().lock(lockFile, false);
        Files.writeString(lockFile, Files.readString(lockFile).replace("\"os.arch\": \"", "\"os.arch\": \"old-"));

        Verification checked = backendProgram("cpu").runs(1).build().check(lockFile);

        assertEquals(Verdict.DETERMINISTIC, checked.verdict(), checked::toString);
        assertEquals(List.of("os.arch"), checked.environmentChanges().stream().map(EnvironmentChange::key).toList());
        assertTrue(checked.toString().contains("results still match"), checked::toString);
    }

    @Test
    @DisplayName("an existing lock file is replaced only with update, and nothing is written for a flaky program")
    void updateFlagIsRequired() throws IOException {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        backendProgram("cpu").runs(1).build().lock(lockFile, false);
        String original = Files.readString(lockFile);

        LockFileException refused = assertThrows(LockFileException.class,
                () -> backendProgram("gpu").runs(1).build().lock(lockFile, false));
        assertEquals(original, Files.readString(lockFile));
        assertEquals(lockFile, refused.file());
        assertTrue(refused.getMessage().contains(lockFile.toString()) && refused.getMessage().contains("--update"),
                refused.getMessage());

        Verification flaky = JvmVerifierTest.sample("clock").runs(2).build().lock(lockFile, true);
        assertEquals(Verdict.NONDETERMINISTIC, flaky.verdict());
        assertEquals(original, Files.readString(lockFile), "a nondeterministic program is never locked");

        backendProgram("gpu").runs(1).build().lock(lockFile, true);
        assertEquals(List.of("backend gpu"), LockFile.read(lockFile).stdout());
    }

    @Test
    @DisplayName("update replaces the lock file atomically: a new file is renamed over it, no temporary file remains")
    void writesAreAtomic() throws IOException {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        backendProgram("cpu").runs(1).build().lock(lockFile, false);
        String original = Files.readString(lockFile);
        Path secondName = directory.resolve("second-name.json");
        try {
            Files.createLink(secondName, lockFile);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            Assumptions.abort("hard links are not supported here: " + noHardLinks);
        }

        backendProgram("gpu").runs(1).build().lock(lockFile, true);

        // Writing in place would change the shared inode and so both names; a rename leaves the old inode alone.
        assertEquals(original, Files.readString(secondName));
        assertEquals(List.of("backend gpu"), LockFile.read(lockFile).stdout());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(LockFile.DEFAULT_NAME, "second-name.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @DisplayName("a corrupt, foreign or missing lock file gets an error naming the file and the problem")
    void corruptLockFiles() throws IOException {
        Path notJson = Files.writeString(directory.resolve("not-json.lock.json"), "{\"format\": \"seed-everything-");
        Path foreign = Files.writeString(directory.resolve("foreign.lock.json"), "{\"lockfileVersion\": 3}");
        Path wrongField = Files.writeString(directory.resolve("wrong-field.lock.json"),
                "{\"format\": \"" + LockFile.FORMAT + "\", \"program\": [\"Main\"], \"environment\": {},"
                        + " \"stdout\": \"not an array\", \"files\": {}}");

        String malformed = assertThrows(LockFileException.class, () -> LockFile.read(notJson)).getMessage();
        String notALock = assertThrows(LockFileException.class, () -> LockFile.read(foreign)).getMessage();
        String badField = assertThrows(LockFileException.class, () -> LockFile.read(wrongField)).getMessage();
        String missing = assertThrows(LockFileException.class,
                () -> LockFile.read(directory.resolve("absent.json"))).getMessage();

        assertAll(
                () -> assertTrue(malformed.contains(notJson.toString()) && malformed.contains("is corrupt")
                        && malformed.contains("offset 28"), malformed),
                () -> assertTrue(notALock.contains(foreign.toString()) && notALock.contains("\"format\" is missing"),
                        notALock),
                () -> assertTrue(badField.contains("\"stdout\" must be an array of strings"), badField),
                () -> assertTrue(missing.contains("absent.json") && missing.contains("does not exist"), missing),
                () -> assertFalse(malformed.contains("Exception"), malformed));
    }

    @Test
    @DisplayName("a lock file can be replayed: program, seed and mode come from the file")
    void replayingUsesTheLockedProgram() {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        backendProgram("cpu").runs(1).build().lock(lockFile, false);

        Verification checked = JvmVerifier.replaying(LockFile.read(lockFile)).runs(1).build().check(lockFile);

        assertTrue(checked.deterministic(), checked::toString);
        assertEquals(LockFile.read(lockFile).program(), checked.program());
    }

    @Test
    @DisplayName("two lock runs racing on a new file: exactly one writes it, the other fails naming the file")
    void concurrentLockRunsCannotBothSucceed() throws Exception {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (String backend : List.of("cpu", "gpu")) {
                results.add(pool.submit(() -> {
                    try {
                        return backendProgram(backend).runs(1).build().lock(lockFile, false).deterministic()
                                ? "locked " + backend : "not deterministic";
                    } catch (LockFileException refused) {
                        return "refused: " + refused.getMessage();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertEquals(1, outcomes.stream().filter(o -> o.startsWith("locked ")).count(), outcomes::toString);
            String refused = outcomes.stream().filter(o -> o.startsWith("refused: ")).findFirst().orElseThrow();
            assertTrue(refused.contains(lockFile.toString()), refused);
            String winner = outcomes.stream().filter(o -> o.startsWith("locked ")).findFirst().orElseThrow();
            assertEquals(List.of("backend " + winner.substring("locked ".length())), LockFile.read(lockFile).stdout());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("hostile lock files: 5,000 levels deep, duplicate keys, huge numbers: a LockFileException each")
    void hostileLockFiles() throws IOException {
        Path deep = Files.writeString(directory.resolve("deep.json"), "{\"format\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}");
        Path duplicate = Files.writeString(directory.resolve("duplicate.json"), "{\"format\": \"" + LockFile.FORMAT
                + "\", \"seed\": \"1\", \"seed\": \"2\"}");
        Path digits = Files.writeString(directory.resolve("digits.json"), "{\"x\": " + "7".repeat(1 << 20) + "}");
        Path longValue = Files.writeString(directory.resolve("long.json"), "{\"format\": \"" + "x".repeat(1 << 20)
                + "\"}");

        for (Path file : List.of(deep, duplicate, digits, longValue)) {
            LockFileException e = assertThrows(LockFileException.class, () -> LockFile.read(file));
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("is corrupt"),
                    e.getMessage());
            assertTrue(e.getMessage().length() < 1000, () -> "the message echoes no huge value: "
                    + e.getMessage().length() + " characters");
        }
    }

    @Test
    @DisplayName("check tells runs apart by bytes, and a lock keeps binary output by its hash alone")
    void binaryOutputIsLockedByHash() throws IOException {
        Path lockFile = directory.resolve(LockFile.DEFAULT_NAME);
        Path counter = directory.resolve("counter");
        List<String> program = List.of("-cp", System.getProperty("java.class.path"), HostilePrograms.class.getName(),
                "binary-stdout", counter.toString());

        Verification locked = JvmVerifier.builder(program).runs(1).timeout(Duration.ofSeconds(60)).build()
                .lock(lockFile, false);
        Verification checked = JvmVerifier.builder(program).runs(1).timeout(Duration.ofSeconds(60)).build()
                .check(lockFile);

        assertTrue(locked.deterministic(), locked::toString);
        Map<String, Object> json = Json.parseObject(Files.readString(lockFile));
        assertEquals(null, json.get("stdout"), "not UTF-8 text: only the hash is kept");
        assertTrue(String.valueOf(json.get("stdoutSha256")).matches("[0-9a-f]{64}"), json::toString);
        assertEquals(Verdict.NONDETERMINISTIC, checked.verdict(), checked::toString);
        assertEquals(Source.STDOUT, checked.firstDifference().orElseThrow().source());
    }
}
