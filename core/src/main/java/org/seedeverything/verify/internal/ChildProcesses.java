package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;

/**
 * The one way this project starts child processes (the verifier, the JUnit forked checks, the demo, the benchmarks):
 * output goes to files, standard input is closed, and every process started is reaped with all its descendants at
 * the timeout, at the end of the run (even when it exited normally and left children running), and at JVM shutdown
 * (after which the temporary directories of {@link TemporaryDirectories} are deleted too).
 *
 * <p>Output goes to files rather than pipes so that a grandchild that keeps the pipe open cannot make the caller
 * hang, and so that output of any size costs no memory: callers stream the files ({@link StreamComparison}) and
 * read bounded tails for messages.
 *
 * <h2>What is reaped</h2>
 * The child's descendants are listed while it lives ({@link ProcessHandle#descendants()}). A descendant that was
 * orphaned before that (the child exited, or it detached with {@code setsid} and a double fork) is re-parented to
 * init and is no longer a descendant; to find those, every child gets a unique marker in the environment variable
 * {@value #MARKER_VARIABLE}, which its descendants inherit, and on Linux every process of this user whose
 * {@code /proc/PID/environ} holds the marker is killed too. Out of reach: a descendant that clears or replaces its
 * environment and detaches, processes of other users, and orphans on systems without {@code /proc}.
 */
public final class ChildProcesses {
    /** Environment variable that marks every process a child started: {@value}. */
    public static final String MARKER_VARIABLE = "SEEDS_CHILD_MARKER";
    private static final long KILL_WAIT_SECONDS = 10;
    private static final int TAIL_BYTES = 64 * 1024;
    private static final Set<Started> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong STARTED = new AtomicLong();
    private static final Path PROC = Path.of("/proc");

    static {
        Thread reaper = new Thread(() -> {
            LIVE.forEach(ChildProcesses::kill);
            TemporaryDirectories.deleteAll();
        }, "seed-everything-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    private ChildProcesses() {
    }

    private record Started(Process process, String marker) {
    }

    /** How a child ended. */
    public record Outcome(int exitCode, boolean timedOut, Path stdout, Path stderr, long millis) {
        /** Whether it exited with status 0 before the timeout. */
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** The last {@code maxLines} lines of the child's standard output, from at most its last 64 KiB. */
        public String stdoutTail(int maxLines) {
            return tail(stdout, maxLines);
        }

        /** The last {@code maxLines} lines of the child's standard error, from at most its last 64 KiB. */
        public String stderrTail(int maxLines) {
            return tail(stderr, maxLines);
        }

        /** The exit in words: {@code "exited with status 3"}, {@code "was killed by SIGSEGV (exit status 139)"}. */
        public String exit() {
            return timedOut ? "did not finish within the timeout and was killed with its descendants"
                    : ExitStatus.describe(exitCode);
        }

        /**
         * Why the child failed, with what it left: the JVM's crash banner from its stdout when it crashed, and the
         * end of its stderr.
         */
        public String failureDetails(int maxLines) {
            StringBuilder details = new StringBuilder();
            String banner = CrashBanner.find(stdoutTail(400));
            if (!banner.isEmpty()) {
                details.append("; the JVM's crash report on its stdout:\n").append(banner);
            }
            String errors = stderrTail(maxLines);
            details.append(errors.isEmpty() ? (banner.isEmpty() ? "; its stderr was empty" : "")
                    : (banner.isEmpty() ? "; the end of its stderr:\n" : "\nthe end of its stderr:\n") + errors);
            return details.toString();
        }
    }

    /**
     * Runs {@code command} with standard output and error written to {@code stdout.txt} and {@code stderr.txt} in
     * {@code directory} (or connected to this process's streams when {@code inheritOutput}) and standard input
     * closed; waits at most {@code timeout} (null for no limit). The child and everything it started are gone when
     * this returns.
     */
    public static Outcome run(List<String> command, Path directory, Map<String, String> environment,
                              Duration timeout, boolean inheritOutput) {
        Path stdout = directory.resolve("stdout.txt");
        Path stderr = directory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        // Unique without randomness (which the user may have seeded): this process, the start time, a counter.
        String marker = ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(System.nanoTime()) + "-"
                + STARTED.incrementAndGet();
        builder.environment().put(MARKER_VARIABLE, marker);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        }
        long start = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(directory);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0) + ": " + e.getMessage()
                    + "; check that the path names an executable", e);
        }
        Started started = new Started(process, marker);
        LIVE.add(started);
        try {
            boolean finished;
            if (timeout == null) {
                process.waitFor();
                finished = true;
            } else {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!finished) {
                kill(started);
                return new Outcome(-1, true, stdout, stderr, millis);
            }
            return new Outcome(process.exitValue(), false, stdout, stderr, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command.get(0), e);
        } finally {
            kill(started);
            LIVE.remove(started);
        }
    }

    /** Kills a process, its descendants and every process carrying its marker, and waits until they are gone. */
    private static void kill(Started started) {
        Process process = started.process();
        // Descendants must be listed before the parent dies: orphans are re-parented and no longer listed.
        List<ProcessHandle> doomed = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        doomed.forEach(ProcessHandle::destroyForcibly);
        List<ProcessHandle> marked = marked(started.marker());
        marked.forEach(ProcessHandle::destroyForcibly);
        doomed.addAll(marked);
        try {
            process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            for (ProcessHandle handle : doomed) {
                handle.onExit().get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the kill signal was sent; a process that ignores SIGKILL for this long is beyond our reach
        }
    }

    /** Processes of this user whose environment holds {@code MARKER_VARIABLE=marker} (Linux only; else none). */
    static List<ProcessHandle> marked(String marker) {
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        byte[] needle = (MARKER_VARIABLE + "=" + marker).getBytes(StandardCharsets.UTF_8);
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid;
                try {
                    pid = Long.parseLong(entry.getFileName().toString());
                } catch (NumberFormatException notAProcess) {
                    continue;
                }
                if (pid != self && environmentHolds(entry.resolve("environ"), needle)) {
                    ProcessHandle.of(pid).ifPresent(found::add);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            // without a readable /proc only the listed descendants are reaped
        }
        return found;
    }

    private static boolean environmentHolds(Path environ, byte[] needle) {
        byte[] content;
        try {
            content = Files.readAllBytes(environ);
        } catch (IOException | SecurityException | UncheckedIOException gone) {
            return false; // another user's process, or one that just exited
        }
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == 0) {
                if (i - start == needle.length && java.util.Arrays.equals(content, start, i, needle, 0,
                        needle.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The last {@code maxLines} lines of a file, read from at most its last 64 KiB and decoded for display. */
    static String tail(Path file, int maxLines) {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            String text = DisplayText.decode(bytes, 0, size);
            List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            if (size < length && !lines.isEmpty()) {
                lines.remove(0); // a partial line
            }
            List<String> shown = new ArrayList<>();
            for (String line : lines.subList(Math.max(0, lines.size() - maxLines), lines.size())) {
                shown.add(DisplayText.shorten(line));
            }
            return String.join("\n", shown);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
