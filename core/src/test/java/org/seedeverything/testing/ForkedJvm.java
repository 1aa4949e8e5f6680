package org.seedeverything.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with this JVM's class path, for determinism tests that must not share JVM state.
 * The child is always reaped: on timeout it and its descendants are killed and the test fails.
 */
public final class ForkedJvm {
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new java.util.LinkedHashMap<>();
    private String javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private String classPath = System.getProperty("java.class.path");
    private long timeoutSeconds = 120;

    private ForkedJvm() {
    }

    /** A fresh JVM of the same JDK and class path as the running test. */
    public static ForkedJvm create() {
        return new ForkedJvm();
    }

    /** Adds JVM options (before the main class). */
    public ForkedJvm options(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** Adds JVM options (before the main class). */
    public ForkedJvm options(String... options) {
        return options(List.of(options));
    }

    /** Sets an environment variable of the child. */
    public ForkedJvm environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Uses another JDK's {@code java}, e.g. a JDK 25 installation's {@code bin/java}. */
    public ForkedJvm java(String executable) {
        this.javaExecutable = executable;
        return this;
    }

    /** Replaces the class path. */
    public ForkedJvm classPath(String classPath) {
        this.classPath = classPath;
        return this;
    }

    /** Kills the child after this many seconds (default 120). */
    public ForkedJvm timeoutSeconds(long seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    /** Runs {@code mainClass} with {@code arguments} and waits for it. */
    public Result run(Class<?> mainClass, String... arguments) {
        return run(mainClass.getName(), arguments);
    }

    /** Runs the named main class with {@code arguments} and waits for it. */
    public Result run(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return execute(command);
    }

    /** Runs {@code java} with the options alone (e.g. {@code -jar app.jar args}), without a class path. */
    public Result runWithoutMainClass() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        return execute(command);
    }

    private Result execute(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("Child JVM timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join(), command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + command, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
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
        }, "forked-jvm-reader");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    /** What the child printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr, List<String> command) {
        /** Fails unless the child exited with 0, showing its stderr. */
        public Result assertSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("Child JVM exited with " + exitCode + ": " + command + "\nstderr:\n" + stderr
                        + "\nstdout:\n" + stdout);
            }
            return this;
        }
    }
}
