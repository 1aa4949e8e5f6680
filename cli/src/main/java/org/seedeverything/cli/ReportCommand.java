package org.seedeverything.cli;

import java.util.concurrent.Callable;
import org.seedeverything.SeedMode;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report [--json]}: seeds this JVM and prints what could be seeded on this JDK. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Seeds this JVM and prints the seed report: every target with its status and the fix for"
                + " those that could not be seeded, the sources seeding cannot control, and the environment.",
        footer = {"%nExample:%n  java -jar seed-everything-cli.jar report --json",
                "%nExit codes: 0 the report was printed (read it for targets that could not be seeded), 2 usage"
                        + " error."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "SEED", converter = ProgramOptions.SeedConverter.class,
            description = "The master seed to apply (default: -Dseeds.master, else SEEDS_MASTER, else fresh entropy,"
                    + " as in a program).")
    private Long seed;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "SEED_ONLY",
            description = "Seeding mode: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private SeedMode mode;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        Seeds.Builder builder = Seeds.builder().mode(mode).log(false);
        if (seed != null) {
            builder.master(seed);
        }
        SeedReport report = builder.apply();
        spec.commandLine().getOut().print(json ? report.toJson() : report.toString());
        spec.commandLine().getOut().flush();
        return SeedEverythingCli.DETERMINISTIC;
    }
}
