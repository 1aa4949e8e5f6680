package org.seedeverything.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.seedeverything.Seeds;

/**
 * Starts fresh JVMs that rebuild the weights from the same master seed and print their fingerprints, then compares
 * them with this JVM's. The children run side by side; progress is printed while they run, and every child is
 * killed (with its descendants) if it outlives the timeout or the check ends early.
 */
final class FreshJvmCheck {
    /** The line prefix a child prints before each fingerprint. */
    static final String FINGERPRINT_PREFIX = "fingerprint ";
    private static final long TIMEOUT_SECONDS = 120;

    /** What one child reported. */
    record ChildOutcome(int index, long pid, double seconds, int matching, int expected, List<String> mismatches,
                        String failure) {
        boolean reproduced() {
            return failure == null && mismatches.isEmpty() && matching == expected;
        }
    }

    private FreshJvmCheck() {
    }

    static List<ChildOutcome> run(int children, Map<String, String> expected, PrintStream out) {
        List<Process> processes = new ArrayList<>();
        List<CompletableFuture<String>> outputs = new ArrayList<>();
        List<CompletableFuture<String>> errors = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < children; i++) {
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", System.getProperty("java.class.path"), Demo.class.getName(),
                        Demo.PRINT_FINGERPRINTS);
                Seeds.configure(builder); // -Dseeds.master=..., the --add-opens flags the seeding needs
                Process process = builder.start();
                process.getOutputStream().close();
                processes.add(process);
                outputs.add(drain(process.getInputStream()));
                errors.add(drain(process.getErrorStream()));
                out.printf(Locale.ROOT, "  started fresh JVM %d/%d (pid %d)%n", i + 1, children, process.pid());
            }
            List<ChildOutcome> outcomes = new ArrayList<>();
            boolean[] done = new boolean[children];
            long lastProgress = System.nanoTime();
            while (outcomes.size() < children) {
                for (int i = 0; i < children; i++) {
                    Process process = processes.get(i);
                    if (done[i] || !process.waitFor(100, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    done[i] = true;
                    double seconds = (System.nanoTime() - start) / 1e9;
                    ChildOutcome outcome = compare(i, process, seconds, outputs.get(i).join(), errors.get(i).join(),
                            expected);
                    outcomes.add(outcome);
                    out.println("  " + describe(outcome, children));
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (elapsed > TIMEOUT_SECONDS) {
                    for (int i = 0; i < children; i++) {
                        if (!done[i]) {
                            done[i] = true;
                            outcomes.add(new ChildOutcome(i, processes.get(i).pid(), elapsed, 0, expected.size(),
                                    List.of(), "timed out after " + TIMEOUT_SECONDS + " s and was killed"));
                        }
                    }
                } else if (System.nanoTime() - lastProgress > 2_000_000_000L && outcomes.size() < children) {
                    lastProgress = System.nanoTime();
                    out.printf(Locale.ROOT, "  ... %d of %d fresh JVMs still loading ND4J and initialising (%.0f s)%n",
                            children - outcomes.size(), children, elapsed);
                }
            }
            outcomes.sort(java.util.Comparator.comparingInt(ChildOutcome::index));
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a fresh JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the fresh JVMs", e);
        } finally {
            for (Process process : processes) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static ChildOutcome compare(int index, Process process, double seconds, String stdout, String stderr,
                                        Map<String, String> expected) {
        if (process.exitValue() != 0) {
            String tail = stderr.length() > 2000 ? stderr.substring(stderr.length() - 2000) : stderr;
            return new ChildOutcome(index, process.pid(), seconds, 0, expected.size(), List.of(),
                    "exited with " + process.exitValue() + ":\n" + tail);
        }
        Map<String, String> received = new LinkedHashMap<>();
        for (String line : stdout.split("\\R")) {
            if (line.startsWith(FINGERPRINT_PREFIX)) {
                String[] fields = line.substring(FINGERPRINT_PREFIX.length()).split(" ");
                received.put(fields[0], fields[1]);
            }
        }
        List<String> mismatches = new ArrayList<>();
        int matching = 0;
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String theirs = received.get(entry.getKey());
            if (entry.getValue().equals(theirs)) {
                matching++;
            } else {
                mismatches.add(entry.getKey() + ": here " + entry.getValue() + ", there "
                        + (theirs == null ? "missing" : theirs));
            }
        }
        return new ChildOutcome(index, process.pid(), seconds, matching, expected.size(), mismatches, null);
    }

    private static String describe(ChildOutcome outcome, int children) {
        String head = String.format(Locale.ROOT, "fresh JVM %d/%d (pid %d) finished after %.1f s: ", outcome.index() + 1,
                children, outcome.pid(), outcome.seconds());
        if (outcome.failure() != null) {
            return head + "FAILED, " + outcome.failure();
        }
        if (outcome.reproduced()) {
            return head + outcome.matching() + " of " + outcome.expected() + " fingerprints match";
        }
        int differing = outcome.mismatches().size();
        return head + "DIFFERENT, " + differing + (differing == 1 ? " parameter differs: " : " parameters differ, first ")
                + outcome.mismatches().get(0);
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                stream.transferTo(buffer);
                result.complete(buffer.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        }, "fresh-jvm-reader");
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
