package org.seedeverything.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.seedeverything.Seeds;
import org.seedeverything.internal.AgentJar;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.junit.internal.SingleTestMain;

/**
 * Executes one run of a forked {@link DeterminismCheck} in a fresh JVM: the same {@code java}, class path and JVM
 * options (without a debugger agent), the JUnit Platform launcher selecting just this check, which in the child
 * records one run into a manifest file. The child is always reaped, with its descendants.
 */
final class ForkedRun {
    private static final int OUTPUT_TAIL_LINES = 40;

    private ForkedRun() {
    }

    /** Runs the check's body once in a fresh JVM and returns what it recorded; failures become test failures. */
    static Manifest execute(ExtensionContext context, DeterminismRun run, long master) throws IOException {
        Path directory = Files.createTempDirectory("seeds-determinism-");
        Path manifest = directory.resolve("run-" + run.run() + ".manifest.json");
        Path output = directory.resolve("run-" + run.run() + ".out");
        String checkId = TestIdentity.withinEngine(context.getParent().orElseThrow().getUniqueId());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        if (command.stream().noneMatch(option -> option.startsWith("-javaagent:")
                && option.contains(AgentJar.FILE_NAME))) {
            // With the agent at hand, the body's unseeded new Random() is seeded too, as in a seeded program.
            AgentJar.locate().ifPresent(jar -> command.add(AgentJar.javaAgentOption(jar, master)));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SingleTestMain.class.getName());
        command.add(checkId);
        command.add(SeedEverything.MASTER_KEY + "=" + Seeds.format(master));
        command.add(DeterminismCheckExtension.CHILD_MANIFEST_KEY + "=" + manifest);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        try {
            String name = run.describe();
            if (!process.waitFor(run.forkTimeout().toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionFailedError("@DeterminismCheck: " + name + " did not finish within "
                        + run.forkTimeout().toSeconds() + " s and was killed; raise -D"
                        + DeterminismCheck.FORK_TIMEOUT_KEY + " if it needs longer. Its output ended with:\n"
                        + tail(output));
            }
            if (process.exitValue() != 0) {
                throw new AssertionFailedError("@DeterminismCheck: " + name + " failed (exit code "
                        + process.exitValue() + "). Its output ended with:\n" + tail(output));
            }
            return Manifest.read(manifest);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("Interrupted while waiting for a fresh JVM of @DeterminismCheck",
                    interrupted);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            deleteQuietly(manifest);
            deleteQuietly(output);
            deleteQuietly(directory);
        }
    }

    /** This JVM's options, less debugger agents (a second JVM cannot listen on the same port). */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp") && !option.equals("-Xdebug")) {
                options.add(option);
            }
        }
        for (String required : Seeds.requiredJvmOptions()) {
            if (!options.contains(required)) {
                options.add(required);
            }
        }
        return options;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(no output: " + unreadable + ")";
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
