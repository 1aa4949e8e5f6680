package org.seedeverything.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedeverything.verify.internal.ChildProcesses;
import org.seedeverything.verify.internal.TemporaryDirectories;

/** Runs a child process to completion for the launch benchmarks; never leaves one behind. */
final class ChildProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private ChildProcess() {
    }

    /** The {@code java} executable of the running JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A command line: {@code java} followed by {@code arguments}. */
    static List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs {@code command} with the project's one child-process launcher (output to files in a temporary directory,
     * every descendant reaped) and waits for it.
     *
     * @throws IllegalStateException when it exits with a non-zero status (with the tail of its stderr) or times out
     */
    static void run(List<String> command) {
        Path directory = TemporaryDirectories.create("seeds-bench-");
        try {
            ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory, Map.of(),
                    Duration.ofSeconds(TIMEOUT_SECONDS), false);
            if (!outcome.succeeded()) {
                throw new IllegalStateException(command + " " + outcome.exit() + outcome.failureDetails(40));
            }
        } finally {
            TemporaryDirectories.delete(directory);
        }
    }

    /** Copies a class file of this module into {@code directory} so that a child can run it with a tiny class path. */
    static void copyClassFile(Class<?> type, Path directory) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Class file " + resource + " not found on the class path");
            }
            Path target = directory.resolve(resource);
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + resource + " to " + directory, e);
        }
    }
}
