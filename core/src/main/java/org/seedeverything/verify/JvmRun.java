package org.seedeverything.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.verify.internal.ExitStatus;

/**
 * One execution of the program in a fresh JVM, as the verifier saw it.
 *
 * @param number     1-based number of the run
 * @param java       the {@code java} executable it ran with
 * @param cores      the {@code -XX:ActiveProcessorCount} it ran with, or {@code 0} for the machine's count
 * @param exitCode   the exit status ({@code -1} when killed at the timeout)
 * @param timedOut   whether it was killed at the timeout
 * @param millis     wall-clock time of the run
 * @param stdout     its standard output decoded for display (bytes that are not UTF-8 as {@code \xNN}), up to its
 *                   first {@value #STDOUT_SHOWN_BYTES} bytes; runs are compared on all the bytes, not on this text
 * @param stdoutBytes the size of its standard output in bytes
 * @param stderrTail the last lines of its standard error
 * @param manifest   the fingerprint manifest it recorded, or {@code null} when it recorded none
 * @param command    the full command line
 * @since 0.1
 */
public record JvmRun(int number, Path java, int cores, int exitCode, boolean timedOut, long millis, String stdout,
                     long stdoutBytes, String stderrTail, Manifest manifest, List<String> command) {
    /** Bytes of standard output kept as {@link #stdout()}: {@value}. */
    public static final int STDOUT_SHOWN_BYTES = 1 << 20;

    public JvmRun {
        Objects.requireNonNull(java, "java");
        command = List.copyOf(command);
    }

    /** Whether the run exited normally with status 0. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** The run's configuration in words: {@code "run 2 (java /opt/jdk25/bin/java, 2 cores)"}. */
    public String describe() {
        return "run " + number + " (" + java + (cores > 0 ? ", " + cores + " cores" : "") + ")";
    }

    /** Why the run failed in words, or an empty string when it succeeded. */
    public String failure() {
        if (timedOut) {
            return describe() + " did not finish within the timeout and was killed with its descendants";
        }
        if (exitCode != 0) {
            return describe() + " " + ExitStatus.describe(exitCode);
        }
        return "";
    }
}
