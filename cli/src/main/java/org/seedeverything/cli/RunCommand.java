package org.seedeverything.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.seedeverything.verify.JvmRun;
import org.seedeverything.verify.JvmVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run --seed S -- <java arguments>}: runs any program once with everything seeded. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a Java program once under org.seedeverything.Launcher, with every RNG seeded from SEED"
                + " and the JVM options seeding needs; its output goes straight to this terminal.",
        footer = {"%nExample:%n  seed-everything run --seed 2021 -- -cp app.jar com.example.Train --epochs 1",
                "%nExit codes: 0 the program succeeded, 2 usage error or the program failed (its own exit status"
                        + " is printed)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "SEED", required = true, converter = ProgramOptions.SeedConverter.class,
            description = "The master seed (decimal or 0x hex).")
    private long seed;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Seeding mode: ${COMPLETION-CANDIDATES} (default SEED_ONLY).")
    private SeedMode mode;

    @Option(names = "--jdk", paramLabel = "PATH", description = "Run on this JDK (its home or java executable).")
    private Path jdk;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = ProgramOptions.DurationConverter.class,
            description = "Kill the program (and its child processes) after this long: 90s, 5m, 1h. Default: none.")
    private Duration timeout;

    @Parameters(paramLabel = "JAVA_ARGUMENTS", arity = "1..*",
            description = "After --: what you would give java, e.g. -cp app.jar com.example.Main arg.")
    private List<String> program = new ArrayList<>();

    /** The command that reproduces this run: this tool with the same seed and program. */
    String reproduceCommand() {
        List<String> words = new ArrayList<>(List.of("java", "-jar", "seed-everything-cli.jar", "run", "--seed",
                Seeds.format(seed)));
        if (mode != null) {
            words.addAll(List.of("--mode", mode.name()));
        }
        if (jdk != null) {
            words.addAll(List.of("--jdk", jdk.toString()));
        }
        words.add("--");
        words.addAll(program);
        return String.join(" ", words.stream().map(RunCommand::quoted).toList());
    }

    private static String quoted(String word) {
        return word.isEmpty() || word.chars().anyMatch(c -> " \t\"'$\\".indexOf(c) >= 0)
                ? "'" + word.replace("'", "'\\''") + "'" : word;
    }

    @Override
    public Integer call() {
        JvmVerifier.Builder builder = JvmVerifier.builder(program).seed(seed);
        if (mode != null) {
            builder.mode(mode);
        }
        if (jdk != null) {
            builder.jdk(jdk);
        }
        builder = timeout == null ? builder.withoutTimeout() : builder.timeout(timeout);
        spec.commandLine().getErr().println("seed-everything run: master " + Seeds.format(seed)
                + "; reproduce with: " + reproduceCommand());
        spec.commandLine().getErr().flush();
        JvmRun run = builder.build().launch();
        if (run.succeeded()) {
            return SeedEverythingCli.DETERMINISTIC;
        }
        spec.commandLine().getErr().println("seed-everything run: " + run.failure());
        spec.commandLine().getErr().flush();
        return SeedEverythingCli.FAILED;
    }
}
