package org.seedeverything.agent.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.seedeverything.Seeds;
import org.seedeverything.verify.internal.DisplayText;

/**
 * The agent's options, {@code -javaagent:seed-everything-agent.jar=seed=2021,mode=audit,report=audit.json}:
 * comma-separated {@code key=value} pairs and flags.
 *
 * @param mode what the agent does (option {@code mode}, default {@code seed})
 * @param master the master seed (option {@code seed}); null to use {@code seeds.master}, {@code SEEDS_MASTER} or a
 *               fresh seed
 * @param report where to write the JSON report (option {@code report}); null for none
 * @param insecureSecureRandom flag {@code insecure-securerandom}: make SecureRandom, UUIDs and temp-file names
 *                             predictable too
 * @param quiet flag {@code quiet}: no start-up line on stderr
 */
record AgentOptions(AgentMode mode, Long master, Path report, boolean insecureSecureRandom, boolean quiet) {
    static final String USAGE = "options are comma-separated: seed=<long>, mode=seed|audit|warn|strict,"
            + " report=<file>, insecure-securerandom, quiet; e.g. -javaagent:seed-everything-agent.jar=seed=2021";

    /**
     * Reads the agent argument; null or blank means all defaults.
     *
     * @throws AgentOptionException naming the bad option and the accepted forms
     */
    static AgentOptions parse(String argument) {
        AgentMode mode = AgentMode.SEED;
        Long master = null;
        Path report = null;
        boolean insecure = false;
        boolean quiet = false;
        if (argument != null && !argument.isBlank()) {
            for (String option : argument.split(",")) {
                String trimmed = option.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                String key = (equals < 0 ? trimmed : trimmed.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
                String value = equals < 0 ? null : trimmed.substring(equals + 1).trim();
                switch (key) {
                    case "seed" -> master = seed(requireValue(key, value));
                    case "mode" -> mode = mode(requireValue(key, value));
                    case "report" -> report = Path.of(requireValue(key, value));
                    case "insecure-securerandom" -> insecure = flag(key, value);
                    case "quiet" -> quiet = flag(key, value);
                    default -> throw new AgentOptionException("Unknown seed-everything agent option '"
                            + shown(trimmed) + "'; " + USAGE);
                }
            }
        }
        if (insecure && mode.watches()) {
            throw new AgentOptionException("Option insecure-securerandom makes SecureRandom predictable, which"
                    + " only mode=seed does, but mode=" + mode.name().toLowerCase(Locale.ROOT)
                    + " changes nothing; drop one of the two");
        }
        return new AgentOptions(mode, master, report, insecure, quiet);
    }

    private static String requireValue(String key, String value) {
        if (value == null || value.isEmpty()) {
            throw new AgentOptionException("seed-everything agent option '" + key + "' needs a value, e.g. "
                    + key + "=" + example(key) + "; " + USAGE);
        }
        return value;
    }

    private static String example(String key) {
        return switch (key) {
            case "seed" -> "2021";
            case "mode" -> "audit";
            default -> "unseeded-randomness.json";
        };
    }

    private static boolean flag(String key, String value) {
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new AgentOptionException("seed-everything agent flag '" + key + "' takes no value (or true/false),"
                + " got '" + shown(value) + "'; " + USAGE);
    }

    private static long seed(String text) {
        try {
            return Seeds.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new AgentOptionException("seed-everything agent option seed=" + shown(text) + " is not a seed: "
                    + shown(bad.getMessage()), bad);
        }
    }

    private static AgentMode mode(String text) {
        try {
            return AgentMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new AgentOptionException("seed-everything agent option mode=" + shown(text)
                    + " is not a mode; use seed, audit, warn or strict", bad);
        }
    }

    /** A value echoed in a message, cut short: a hostile option text may be megabytes long. */
    private static String shown(String text) {
        return DisplayText.shorten(text);
    }
}
