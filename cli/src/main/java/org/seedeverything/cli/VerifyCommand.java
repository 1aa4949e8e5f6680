package org.seedeverything.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedeverything.verify.JvmVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify [options] -- <java arguments>}: runs the program N times in fresh JVMs and compares the runs. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a Java program several times in fresh JVMs and compares standard output, recorded"
                + " fingerprint manifests (-Dseeds.manifest) and, optionally, output files.",
                "Prints 'deterministic' or every difference with the first one located (entry or line, element"
                        + " index, both values)."},
        footer = {"%nExample:%n  seed-everything verify --runs 3 --seed 2021 -- -cp app.jar com.example.Train",
                "%nExit codes: 0 deterministic, 1 nondeterminism found, 2 usage error or the program failed."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs per configuration (JDK x cores), default ${DEFAULT-VALUE}.")
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
        return reports.publish(verifier.verify(), spec.commandLine().getOut());
    }
}
