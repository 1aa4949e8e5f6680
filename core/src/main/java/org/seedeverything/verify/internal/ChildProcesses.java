package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts child processes with their output in files and always reaps them: at the timeout, in {@code finally}, and
 * at JVM shutdown, the child and every descendant are killed.
 *
 * <p>Output goes to files rather than pipes so that a grandchild that keeps the pipe open cannot make the verifier
 * hang, and so that output of any size costs no memory until it is read.
 */
public final class ChildProcesses {
    private static final long KILL_WAIT_SECONDS = 10;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Thread reaper = new Thread(() -> LIVE.forEach(ChildProcesses::kill), "seed-everything-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    private ChildProcesses() {
    }

    /** How a child ended. */
    public record Outcome(int exitCode, boolean timedOut, Path stdout, Path stderr, long millis) {
        /** The child's standard output as UTF-8 text. */
        public String stdoutText() {
            return read(stdout);
        }

        /** The last {@code maxLines} lines of the child's standard error. */
        public String stderrTail(int maxLines) {
            return tail(read(stderr), maxLines);
        }
    }

    /**
     * Runs {@code command} with standard output and error written to files in {@code directory} and standard input
     * closed; waits at most {@code timeout} (null for no limit).
     */
    public static Outcome run(List<String> command, Path directory, Map<String, String> environment,
                              Duration timeout, boolean inheritOutput) {
        Path stdout = directory.resolve("stdout.txt");
        Path stderr = directory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        }
        long start = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(directory);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0) + ": " + e.getMessage()
                    + "; check that the path names a java executable", e);
        }
        LIVE.add(process);
        try {
            if (!inheritOutput) {
                process.getOutputStream().close();
            }
            boolean finished;
            if (timeout == null) {
                process.waitFor();
                finished = true;
            } else {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!finished) {
                kill(process);
                return new Outcome(-1, true, stdout, stderr, millis);
            }
            return new Outcome(process.exitValue(), false, stdout, stderr, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command.get(0), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            kill(process);
            LIVE.remove(process);
        }
    }

    /** Kills a process and all its descendants, and waits until the process itself is gone. */
    public static void kill(Process process) {
        // Descendants must be listed before the parent dies: orphans are re-parented and no longer listed.
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the kill signal was sent; a process that ignores SIGKILL for this long is beyond our reach
        }
    }

    static String read(Path file) {
        try {
            // Decoding replaces malformed bytes: a program may print anything.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static String tail(String text, int maxLines) {
        String[] lines = text.split("\\R", -1);
        int end = lines.length;
        if (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        int from = Math.max(0, end - maxLines);
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, end));
    }
}
