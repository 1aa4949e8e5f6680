package org.seedeverything.internal;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.seedeverything.Seeds;

/**
 * Finds the seed-everything Java agent jar, so that tools starting child JVMs (the CLI's {@code run}/{@code verify
 * --seed}, the JUnit extension's forked mode) can use it: the system property {@value #PROPERTY} (the agent sets it
 * in every JVM it runs in), else the environment variable {@value #ENVIRONMENT_VARIABLE}, else a file
 * {@value #FILE_NAME} beside the jar (or classes folder) this library was loaded from.
 */
public final class AgentJar {
    /** System property naming the agent jar: {@value}. */
    public static final String PROPERTY = "seeds.agent.jar";
    /** Environment variable naming the agent jar: {@value}. */
    public static final String ENVIRONMENT_VARIABLE = "SEEDS_AGENT_JAR";
    /** The agent jar's file name: {@value}. */
    public static final String FILE_NAME = "seed-everything-agent.jar";
    /** System property that turns the automatic use of the agent off: {@value}. */
    public static final String DISABLE_PROPERTY = "seeds.agent.disable";

    private AgentJar() {
    }

    /** The agent jar, if one can be found and automatic use is not disabled. */
    public static Optional<Path> locate() {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return Optional.empty();
        }
        for (String named : new String[] {System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE)}) {
            if (named != null && !named.isBlank() && Files.isRegularFile(Path.of(named))) {
                return Optional.of(Path.of(named).toAbsolutePath());
            }
        }
        try {
            CodeSource source = Seeds.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path beside = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
                if (beside != null && Files.isRegularFile(beside.resolve(FILE_NAME))) {
                    return Optional.of(beside.resolve(FILE_NAME));
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException unusual) {
            // a class loader without a file location: no sibling to look for
        }
        return Optional.empty();
    }

    /** The {@code -javaagent} option that seeds a child JVM with {@code master}. */
    public static String javaAgentOption(Path jar, long master) {
        return "-javaagent:" + jar + "=seed=" + SeedText.format(master) + ",quiet";
    }
}
