package org.seedeverything.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.LockFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check [options] [-- <java arguments>]}: runs the program and compares it with the lock file. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the program and compares its results with the lock file; explains drift and lists"
                + " the environment facts (JDK, OS, cores, library versions) that changed since the lock was"
                + " written.",
                "Without java arguments, the program, seed and mode recorded in the lock file are used."},
        footer = {"%nExample:%n  seed-everything check --junit-xml target/determinism.xml",
                "%nExit codes: 0 matches the lock, 1 drift found, 2 usage error, missing or corrupt lock file, or"
                        + " the program failed."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--lock-file"}, paramLabel = "FILE", defaultValue = LockFile.DEFAULT_NAME,
            description = "The lock file (default ${DEFAULT-VALUE}).")
    private Path lockFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Runs to compare with the lock, default ${DEFAULT-VALUE}.")
    private int runs;

    @Mixin
    private ProgramOptions options;

    @Mixin
    private ReportOptions reports;

    @Parameters(paramLabel = "JAVA_ARGUMENTS", arity = "0..*",
            description = "After --: what you would give java; default: the program in the lock file.")
    private List<String> program = new ArrayList<>();

    @Override
    public Integer call() {
        LockFile lock = LockFile.read(lockFile);
        JvmVerifier.Builder builder = program.isEmpty() ? JvmVerifier.replaying(lock)
                : JvmVerifier.replaying(lock, program);
        JvmVerifier verifier = options.apply(builder).runs(runs).build();
        return reports.publish(verifier.check(lockFile), spec.commandLine().getOut());
    }
}
