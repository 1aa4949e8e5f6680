package org.seedeverything;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.internal.Echo;

/**
 * Runs any program with everything seeded, without changing its code:
 * <pre>
 * java [jvm options] -cp app.jar:seed-everything-core.jar org.seedeverything.Launcher --seed 2021 com.example.Main args...
 * </pre>
 * Options before the main class: {@code --seed S} (else {@code -Dseeds.master}, {@code SEEDS_MASTER}, or fresh),
 * {@code --mode SEED_ONLY|DETERMINISTIC|STRICT}, {@code --report FILE} (the report as JSON), {@code --quiet} (no
 * report on stderr). Everything from the main class on is passed to the program unchanged. Add the flags from
 * {@link Seeds#requiredJvmOptions()} so that every JDK target can be seeded.
 *
 * @since 0.1
 */
public final class Launcher {
    static final int USAGE_ERROR = 2;

    private Launcher() {
    }

    /** Seeds everything, then calls the program's {@code main}. */
    public static void main(String[] arguments) throws Throwable {
        int status = launch(arguments, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Parses options, seeds, and runs the program; returns a non-zero status for usage errors only. */
    static int launch(String[] arguments, PrintStream err) throws Throwable {
        Seeds.Builder builder = Seeds.builder();
        Path reportFile = null;
        boolean quiet = false;
        int at = 0;
        try {
            while (at < arguments.length && arguments[at].startsWith("--")) {
                String option = arguments[at];
                switch (option) {
                    case "--seed" -> builder.master(Seeds.parse(value(arguments, ++at, option)));
                    case "--mode" -> builder.mode(mode(value(arguments, ++at, option)));
                    case "--report" -> reportFile = Path.of(value(arguments, ++at, option));
                    case "--quiet" -> quiet = true;
                    case "--" -> {
                        at++;
                        break;
                    }
                    default -> throw new IllegalArgumentException("Unknown option '" + Echo.of(option) + "'; options are"
                            + " --seed S, --mode SEED_ONLY|DETERMINISTIC|STRICT, --report FILE, --quiet");
                }
                if (option.equals("--")) {
                    break;
                }
                at++;
            }
            if (at >= arguments.length) {
                throw new IllegalArgumentException("No main class given; usage: org.seedeverything.Launcher"
                        + " [--seed S] [--mode M] [--report FILE] [--quiet] com.example.Main [args...]");
            }
        } catch (IllegalArgumentException usage) {
            err.println("seed-everything Launcher: " + usage.getMessage());
            return USAGE_ERROR;
        }
        String mainClassName = arguments[at];
        String[] programArguments = Arrays.copyOfRange(arguments, at + 1, arguments.length);
        Method main;
        try {
            Class<?> mainClass = Class.forName(mainClassName, false, Thread.currentThread().getContextClassLoader());
            main = mainClass.getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (ClassNotFoundException missing) {
            err.println("seed-everything Launcher: cannot run '" + Echo.of(mainClassName) + "': no such class on the"
                    + " class path; check the spelling and the package, and add its jar or folder to -cp");
            return USAGE_ERROR;
        } catch (NoSuchMethodException missing) {
            err.println("seed-everything Launcher: cannot run '" + Echo.of(mainClassName) + "': it has no public"
                    + " static void main(String[]); give the class that starts the program");
            return USAGE_ERROR;
        }
        SeedReport report = builder.log(false).apply();
        if (!quiet) {
            SeedingEngine.printWarnings(report, err);
        }
        if (reportFile != null) {
            AtomicFiles.writeString(reportFile, report.toJson());
        }
        try {
            main.invoke(null, (Object) programArguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return 0;
    }

    private static String value(String[] arguments, int index, String option) {
        if (index >= arguments.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return arguments[index];
    }

    private static SeedMode mode(String text) {
        try {
            return SeedMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("Unknown mode '" + Echo.of(text) + "'; use SEED_ONLY, DETERMINISTIC or"
                    + " STRICT");
        }
    }
}
