package org.seedeverything.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
     * Runs {@code command}, discarding standard output, and waits for it.
     *
     * @throws IllegalStateException when it exits with a non-zero status (with the tail of its stderr) or times out
     */
    static void run(List<String> command) {
        Path errors = null;
        Process process = null;
        try {
            errors = Files.createTempFile("seeds-bench-stderr", ".txt");
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("No exit after " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                String stderr = Files.readString(errors);
                throw new IllegalStateException("Exit status " + process.exitValue() + " from " + command + ":\n"
                        + stderr.substring(Math.max(0, stderr.length() - 4000)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // a leftover file in the temp directory is harmless
                }
            }
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
