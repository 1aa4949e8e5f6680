package org.seedeverything.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.LockFile;
import org.seedeverything.verify.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lock [options] -- <java arguments>}: verifies the program and writes its golden lock file. */
@Command(name = "lock", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the program (twice by default, to make sure it is deterministic) and writes its"
                + " standard output, manifest, output-file hashes and environment (JDK, OS, arch, cores, library"
                + " versions) to a lock file.",
                "An existing lock file is only replaced with --update; nothing is written when the runs differ."},
        footer = {"%nExample:%n  seed-everything lock --seed 2021 -- -cp app.jar com.example.Train",
                "%nExit codes: 0 locked, 1 the runs differ (nothing written), 2 usage error, lock file exists"
                        + " without --update, or the program failed."})
final class LockCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--lock-file"}, paramLabel = "FILE", defaultValue = LockFile.DEFAULT_NAME,
            description = "The lock file (default ${DEFAULT-VALUE}).")
    private Path lockFile;

    @Option(names = "--update", description = "Replace an existing lock file.")
    private boolean update;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2",
            description = "Runs that must agree before locking, default ${DEFAULT-VALUE}.")
    private int runs;

    @Mixin
    private ProgramOptions options;

    @Mixin
    private ReportOptions reports;

    @Parameters(paramLabel = "JAVA_ARGUMENTS", arity = "1..*",
            description = "After --: what you would give java, e.g. -cp app.jar com.example.Main arg.")
    private List<String> program = new ArrayList<>();

    @Override
    public Integer call() {
        JvmVerifier verifier = options.apply(JvmVerifier.builder(program)).runs(runs).build();
        Verification verification = verifier.lock(lockFile, update);
        int exitCode = reports.publish(verification, spec.commandLine().getOut());
        spec.commandLine().getOut().println(verification.deterministic() ? "  wrote " + lockFile
                : "  " + lockFile + " was not written");
        return exitCode;
    }
}
