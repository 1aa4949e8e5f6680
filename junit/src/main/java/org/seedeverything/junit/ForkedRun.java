package org.seedeverything.junit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.seedeverything.Seeds;
import org.seedeverything.internal.AgentJar;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.junit.internal.SingleTestMain;
import org.seedeverything.verify.internal.ChildProcesses;
import org.seedeverything.verify.internal.TemporaryDirectories;

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
        Path directory = TemporaryDirectories.create("seeds-determinism-");
        try {
            Path manifest = directory.resolve("run-" + run.run() + ".manifest.json");
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
            ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory, Map.of(), run.forkTimeout(),
                    false);
            String name = run.describe();
            if (outcome.timedOut()) {
                throw new AssertionFailedError("@DeterminismCheck: " + name + " did not finish within "
                        + run.forkTimeout().toSeconds() + " s and was killed with its descendants; raise -D"
                        + DeterminismCheck.FORK_TIMEOUT_KEY + " if it needs longer. " + output(outcome));
            }
            if (!outcome.succeeded()) {
                String exit = outcome.exit().startsWith("exited") ? "" : ": it " + outcome.exit();
                throw new AssertionFailedError("@DeterminismCheck: " + name + " failed (exit code "
                        + outcome.exitCode() + exit + "). " + output(outcome));
            }
            return Manifest.read(manifest);
        } finally {
            TemporaryDirectories.delete(directory);
        }
    }

    private static String output(ChildProcesses.Outcome outcome) {
        return "Its output ended with:\n" + outcome.stdoutTail(OUTPUT_TAIL_LINES) + "\nIts stderr ended with:\n"
                + outcome.stderrTail(OUTPUT_TAIL_LINES);
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
}
