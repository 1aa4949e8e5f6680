package org.seedeverything.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.seedeverything.verify.JvmVerifier;
import picocli.CommandLine.Option;

/** Options shared by verify, lock and check: how the program is run. */
final class ProgramOptions {
    @Option(names = "--seed", paramLabel = "SEED", converter = SeedConverter.class,
            description = "Run the main class under org.seedeverything.Launcher, which seeds everything from SEED"
                    + " first (decimal or 0x hex).")
    Long seed;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Seeding mode for the launcher: ${COMPLETION-CANDIDATES} (needs --seed).")
    SeedMode mode;

    @Option(names = "--jdk", paramLabel = "PATH", description = "Run on this JDK (its home or its java executable);"
            + " repeat to compare across JDKs. Default: the JDK running this tool.")
    List<Path> jdks = new ArrayList<>();

    @Option(names = "--cores", paramLabel = "N", split = ",", description = "Run with -XX:ActiveProcessorCount=N;"
            + " a list such as 1,2 compares processor counts.")
    List<Integer> cores = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "300s",
            description = "Kill a run (and its child processes) after this long: 90s, 5m, 1h"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--parallel", paramLabel = "N", description = "Runs at once (default: the number of processors).")
    Integer parallelism;

    @Option(names = "--compare-files", description = "Also compare the files each run writes to its own output"
            + " directory, given to it as -Dseeds.output=DIR and as {output} in its arguments.")
    boolean compareFiles;

    /** A verifier builder for {@code program} with these options. */
    JvmVerifier.Builder apply(JvmVerifier.Builder builder) {
        if (seed != null) {
            builder.seed(seed);
        }
        if (mode != null) {
            builder.mode(mode);
        }
        jdks.forEach(builder::jdk);
        cores.forEach(builder::cores);
        builder.timeout(timeout);
        if (parallelism != null) {
            builder.parallelism(parallelism);
        }
        return builder.compareFiles(compareFiles);
    }

    /** Reads seeds in every form {@link Seeds#parse(String)} accepts. */
    static final class SeedConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Seeds.parse(text);
            } catch (IllegalArgumentException bad) {
                throw new picocli.CommandLine.TypeConversionException(bad.getMessage());
            }
        }
    }

    /** Reads {@code 90}, {@code 90s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT5M}. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String trimmed = text.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (trimmed.startsWith("pt")) {
                    return Duration.parse(trimmed.toUpperCase(java.util.Locale.ROOT));
                }
                if (trimmed.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
                }
                char unit = trimmed.charAt(trimmed.length() - 1);
                String number = Character.isDigit(unit) ? trimmed : trimmed.substring(0, trimmed.length() - 1);
                long amount = Long.parseLong(number);
                return switch (unit) {
                    case 'h' -> Duration.ofHours(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 's' -> Duration.ofSeconds(amount);
                    default -> {
                        if (!Character.isDigit(unit)) {
                            throw new NumberFormatException(text);
                        }
                        yield Duration.ofSeconds(amount);
                    }
                };
            } catch (RuntimeException bad) {
                throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not a duration; give e.g."
                        + " 90s, 5m, 1h or PT5M");
            }
        }
    }
}
