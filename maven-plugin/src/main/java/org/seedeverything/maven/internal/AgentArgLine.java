package org.seedeverything.maven.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code -javaagent} option for the test JVMs and puts it in front of an existing {@code argLine}
 * value, replacing a seed-everything agent that an earlier run of the goal put there. Not an API.
 */
public final class AgentArgLine {
    /** The agent jar's file name stem, which identifies an earlier option of ours in an {@code argLine}. */
    static final String AGENT_ARTIFACT = "seed-everything-agent";

    private AgentArgLine() {
    }

    /**
     * The JVM options that start the agent from {@code agentJar} with {@code agentOptions} (e.g. {@code seed=2021} or
     * {@code mode=audit}), followed by {@code -Dseeds.master=...} when a master is given.
     */
    public static String options(Path agentJar, String agentOptions, String master) {
        StringBuilder option = new StringBuilder(quote("-javaagent:" + agentJar.toAbsolutePath()
                + (agentOptions.isEmpty() ? "" : "=" + agentOptions)));
        if (master != null) {
            option.append(' ').append(quote("-Dseeds.master=" + master));
        }
        return option.toString();
    }

    /**
     * {@code ours} followed by {@code existing} (null or blank for none), less any seed-everything agent option and
     * master that {@code existing} already held, so that running the goal twice keeps one agent.
     */
    public static String prepend(String ours, String existing) {
        if (existing == null || existing.isBlank()) {
            return ours;
        }
        if (!existing.contains(AGENT_ARTIFACT)) {
            return ours + " " + existing.strip();
        }
        List<String> kept = new ArrayList<>();
        for (String token : tokens(existing)) {
            boolean agent = token.replace("\"", "").startsWith("-javaagent:") && token.contains(AGENT_ARTIFACT);
            boolean master = token.replace("\"", "").startsWith("-Dseeds.master=");
            if (!agent && !master) {
                kept.add(token);
            }
        }
        return kept.isEmpty() ? ours : ours + " " + String.join(" ", kept);
    }

    /** Quotes an option holding a space, the way Surefire and Failsafe split an {@code argLine}. */
    static String quote(String option) {
        return option.indexOf(' ') >= 0 || option.indexOf('\t') >= 0 ? '"' + option + '"' : option;
    }

    /** Splits at white space outside double quotes; quotes stay in the tokens. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
