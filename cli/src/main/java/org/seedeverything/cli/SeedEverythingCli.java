package org.seedeverything.cli;

import java.io.PrintWriter;
import org.seedeverything.internal.EnvironmentFacts;
import org.seedeverything.verify.internal.DisplayText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seed-everything} command: {@code verify}, {@code run}, {@code lock}, {@code check} and {@code report}.
 *
 * <p>Exit codes: 0 deterministic (or success), 1 nondeterminism found, 2 usage error or the program failed.
 *
 * @since 0.1
 */
@Command(name = "seed-everything", mixinStandardHelpOptions = true, versionProvider = SeedEverythingCli.Version.class,
        description = "Seeds every RNG of a Java program and proves that its runs are reproducible.",
        subcommands = {VerifyCommand.class, RunCommand.class, LockCommand.class, CheckCommand.class,
                ReportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:deterministic (or success)", "1:nondeterminism found",
                "2:usage error, or the program failed (crashed, non-zero exit, timeout)"})
public final class SeedEverythingCli implements Runnable {
    /** Exit code when every run agreed. */
    static final int DETERMINISTIC = 0;
    /** Exit code when runs differ. */
    static final int NONDETERMINISTIC = 1;
    /** Exit code for usage errors and failed programs. */
    static final int FAILED = 2;
    /** Characters of an error message printed before it is cut (a message may echo a hostile value). */
    private static final int MESSAGE_CHARACTERS = 4000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] arguments) {
        // The jar ships no SLF4J provider; its "no providers" warning would only be noise in the tool's output.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(execute(commandLine(), arguments));
    }

    /**
     * Runs the command line and returns its exit code; every failure of the tool itself, even an
     * {@link OutOfMemoryError} or a {@link StackOverflowError}, is exit code 2 with a one-line message (never 1,
     * which means "nondeterminism found").
     */
    static int execute(CommandLine commandLine, String[] arguments) {
        try {
            return commandLine.execute(arguments);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException failure) {
            PrintWriter err = commandLine.getErr();
            err.println("seed-everything: " + message(failure)
                    + (failure instanceof OutOfMemoryError ? "; give the tool more heap (java -Xmx...)" : ""));
            err.flush();
            return FAILED;
        }
    }

    /** The configured command line; {@code execute(arguments)} returns the exit code. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SeedEverythingCli());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            err.println("seed-everything " + failed.getCommandName() + ": " + message(exception));
            err.flush();
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("seed-everything " + failed.getCommandName() + ": " + exception.getMessage());
            err.println("Try 'seed-everything " + (failed.getParent() == null ? "" : failed.getCommandName() + " ")
                    + "--help' for the options.");
            err.flush();
            return FAILED;
        });
        return commandLine;
    }

    private static String message(Throwable exception) {
        String message = exception.getMessage();
        return DisplayText.shorten(message == null ? exception.toString() : message, MESSAGE_CHARACTERS);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Give a subcommand: verify, run, lock, check"
                + " or report");
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"seed-everything " + EnvironmentFacts.libraryVersion(),
                    "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
