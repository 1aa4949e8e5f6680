package org.seedeverything.verify.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.verify.JvmRun;

/** Runs prepared child JVM commands, several at a time, and captures what each left behind. */
public final class ProgramRunner {
    private static final int STDERR_TAIL_LINES = 20;

    private ProgramRunner() {
    }

    /**
     * One child JVM to run.
     *
     * @param number    1-based run number
     * @param java      the java executable (the command's first element)
     * @param cores     active processor count, 0 for the default
     * @param command   the full command
     * @param directory the run's private directory (stdout, stderr)
     * @param manifest  where the child records its manifest
     * @param output    the child's output directory
     */
    public record RunSpec(int number, Path java, int cores, List<String> command, Path directory, Path manifest,
                          Path output) {
    }

    /** Runs every spec, at most {@code parallelism} at a time; results come back in spec order. */
    public static List<RunCapture> runAll(List<RunSpec> specs, int parallelism, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, specs.size())), task -> {
            Thread thread = new Thread(task, "seed-everything-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RunCapture>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> run(spec, timeout)));
            }
            List<RunCapture> captures = new ArrayList<>();
            for (Future<RunCapture> future : futures) {
                captures.add(future.get());
            }
            return captures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the runs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // Interrupts runs still waiting; each one kills its child in a finally block.
            pool.shutdownNow();
        }
    }

    private static RunCapture run(RunSpec spec, Duration timeout) throws java.io.IOException {
        Files.createDirectories(spec.output());
        ChildProcesses.Outcome outcome = ChildProcesses.run(spec.command(), spec.directory(), Map.of(), timeout,
                false);
        String stderrTail = outcome.stderrTail(STDERR_TAIL_LINES);
        Manifest manifest = null;
        String problem = null;
        if (Files.exists(spec.manifest())) {
            try {
                manifest = Manifest.read(spec.manifest());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError unreadable) {
                problem = "run " + spec.number() + " wrote a manifest that cannot be read (" + spec.manifest()
                        + "): " + DisplayText.shorten(String.valueOf(unreadable.getMessage() != null
                        ? unreadable.getMessage() : unreadable));
            }
        }
        JvmRun run = new JvmRun(spec.number(), spec.java(), spec.cores(), outcome.exitCode(), outcome.timedOut(),
                outcome.millis(), OutputFiles.head(outcome.stdout(), JvmRun.STDOUT_SHOWN_BYTES),
                OutputFiles.size(outcome.stdout()), stderrTail, manifest, spec.command());
        if (!run.succeeded()) {
            problem = run.failure() + outcome.failureDetails(STDERR_TAIL_LINES);
        }
        return new RunCapture(run, outcome.stdout(), OutputFiles.list(spec.output()), problem);
    }

    /** Whether a successful run left nothing to compare: no stdout, no manifest, no output file. */
    public static boolean producedNothing(RunCapture capture) {
        return capture.run().stdoutBytes() == 0 && capture.run().manifest() == null && capture.files().isEmpty();
    }

    /**
     * Runs a probe main class that writes its answer to {@code answer} (never to stdout, which JVM options such as
     * {@code -XX:+PrintFlagsFinal} or {@code --show-version} also print to) and returns that file's text, or throws
     * with the probe's stderr tail.
     */
    public static String probe(List<String> command, Path directory, Path answer, Duration timeout) {
        ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory, Map.of(), timeout, false);
        if (!outcome.succeeded() || !Files.isRegularFile(answer)) {
            throw new IllegalStateException("The probe " + command.get(command.size() - 2) + " on "
                    + command.get(0) + " " + (outcome.succeeded() ? "wrote no answer" : outcome.exit())
                    + outcome.failureDetails(STDERR_TAIL_LINES));
        }
        try {
            return Files.readString(answer, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the probe's answer " + answer + ": "
                    + e.getMessage(), e);
        }
    }
}
