package org.seedeverything.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.verify.HostilePrograms;
import org.seedeverything.verify.SamplePrograms;
import org.seedeverything.verify.internal.ChildProcesses;

/** The CLI under resource limits and signals, each in a fresh JVM of its own. */
class CliFaultsTest {
    @TempDir
    Path directory;

    private static List<String> cli(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SeedEverythingCli.class.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String program(Class<?> main) {
        return main.getName();
    }

    @Test
    @DisplayName("verify compares 2 x 150 MB of stdout in a 64 MB heap and finds the last line that differs")
    void largeOutputIsStreamed() throws IOException {
        Path runs = directory.resolve("runs");
        List<String> command = cli(List.of("-Xmx64m"), "verify", "--runs", "2", "--parallel", "2", "--",
                "-cp", System.getProperty("java.class.path"), program(BigOutput.class), "150", runs.toString());

        ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory.resolve("cli"), java.util.Map.of(),
                Duration.ofMinutes(3), false);

        String out = Files.readString(outcome.stdout()) + Files.readString(outcome.stderr());
        assertEquals(1, outcome.exitCode(), out);
        assertTrue(out.contains("stdout line 1500001"), out);
        assertTrue(out.contains("printed 150.0 MB on stdout"), out);
        assertFalse(out.contains("OutOfMemoryError"), out);
    }

    @Test
    @DisplayName("--compare-files compares two 200 MB files in a 64 MB heap and names the byte that differs")
    void largeOutputFilesAreStreamed() throws IOException {
        long size = 200L << 20;
        List<String> command = cli(List.of("-Xmx64m"), "verify", "--runs", "2", "--compare-files", "--",
                "-cp", System.getProperty("java.class.path"), HostilePrograms.class.getName(), "sparse-file",
                "{output}/weights.bin", Long.toString(size), directory.resolve("counter").toString());

        ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory.resolve("cli"), java.util.Map.of(),
                Duration.ofMinutes(3), false);

        String out = Files.readString(outcome.stdout()) + Files.readString(outcome.stderr());
        assertEquals(1, outcome.exitCode(), out);
        assertTrue(out.contains("file 'weights.bin' byte " + (size - 1)), out);
    }

    @Test
    @DisplayName("run --seed prints a reproduce command that reproduces, not '-Dseeds.master', which would not")
    void runPrintsAReproduceCommandThatReproduces() throws IOException {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ChildProcesses.Outcome outcome = ChildProcesses.run(cli(List.of(), "run", "--seed", "2021", "--",
                    "-cp", System.getProperty("java.class.path"), SamplePrograms.class.getName(), "math-random"),
                    directory.resolve("cli-" + i), java.util.Map.of(), Duration.ofMinutes(2), false);
            String err = Files.readString(outcome.stderr());
            assertEquals(0, outcome.exitCode(), err);
            assertTrue(err.contains("reproduce with: java -jar seed-everything-cli.jar run --seed 2021 -- -cp "), err);
            assertFalse(err.contains("-Dseeds.master"), err);
            outputs.add(Files.readString(outcome.stdout()));
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertTrue(outputs.get(0).startsWith("draw "), outputs.get(0));
    }

    @Test
    @DisplayName("a lock file too large for the heap is exit 2 with a message naming it, not an OutOfMemoryError")
    void lockTooLargeForTheHeap() throws IOException {
        Path lock = directory.resolve("huge.lock.json");
        try (var out = Files.newBufferedWriter(lock)) {
            out.write("{\"format\": \"");
            String chunk = "y".repeat(1 << 20);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}");
        }
        ChildProcesses.Outcome outcome = ChildProcesses.run(cli(List.of("-Xmx32m"), "check", "-f", lock.toString()),
                directory.resolve("cli"), java.util.Map.of(), Duration.ofMinutes(2), false);

        String err = Files.readString(outcome.stderr());
        assertEquals(2, outcome.exitCode(), err);
        assertTrue(err.contains(lock.toString()), err);
        assertTrue(err.lines().count() <= 2, err);
    }

    @Test
    @DisplayName("SIGTERM to verify kills the runs and deletes its temporary directories")
    void sigtermCleansUp() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "needs POSIX signals");
        Path temp = Files.createDirectories(directory.resolve("tmp"));
        List<String> command = cli(List.of("-Djava.io.tmpdir=" + temp), "verify", "--runs", "2", "--",
                "-cp", System.getProperty("java.class.path"), SamplePrograms.class.getName(), "hang", "grandchild");
        Process cli = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("cli.txt").toFile()).start();
        try {
            List<Long> hanging = waitForHangingPids(temp, cli);
            cli.destroy(); // SIGTERM
            assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
            for (long pid : hanging) {
                ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
            }
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("seed-everything"))
                        .toList(), "temporary trees are deleted at shutdown");
            }
        } finally {
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
            cli.destroyForcibly();
        }
    }

    /** The pids the hanging runs print to their stderr files once they wait, read from the CLI's temp dir. */
    private static List<Long> waitForHangingPids(Path temp, Process cli) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && cli.isAlive()) {
            List<Long> pids = new ArrayList<>();
            int waiting = 0;
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path file : files.filter(f -> f.getFileName().toString().equals("stderr.txt")).toList()) {
                    String text = Files.readString(file);
                    if (text.contains("waiting forever") && text.contains("grandchild pid")) {
                        waiting++;
                        text.lines().filter(l -> l.contains(" pid ")).forEach(l ->
                                pids.add(Long.parseLong(l.substring(l.lastIndexOf(' ') + 1).trim())));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException racing) {
                // a file appeared or vanished while listing
            }
            if (waiting == 2) {
                return pids;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the runs did not start waiting");
    }
}
