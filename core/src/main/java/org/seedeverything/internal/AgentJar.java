package org.seedeverything.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The one place that finds the seed-everything Java agent jar and builds the {@code -javaagent} option for a child
 * JVM; tools starting child JVMs (the CLI's {@code run}/{@code verify --seed}, the JUnit extension's forked mode,
 * {@code Seeds.childJvmOptions()}) and the agent module's public {@code AgentJar} all use it.
 *
 * <p>One rule set: nothing when {@value #DISABLE_PROPERTY} is {@code true}; else the first candidate that is a jar
 * whose manifest names the agent ({@code Premain-Class: }{@value #PREMAIN_CLASS}) among the system property
 * {@value #PROPERTY} (the agent sets it in every JVM it runs in), the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, the jar this class was loaded from (the agent jar carries core), and a file
 * {@value #FILE_NAME} beside it (so a tool shipped as one jar finds the agent placed next to it).
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
    /** The agent's main class, which an agent jar's manifest names as {@code Premain-Class}: {@value}. */
    public static final String PREMAIN_CLASS = "org.seedeverything.agent.SeedEverythingAgent";

    private AgentJar() {
    }

    /** The agent jar, if one can be found and automatic use is not disabled. */
    public static Optional<Path> locate() {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        for (String named : new String[] {System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE)}) {
            if (named != null && !named.isBlank()) {
                candidates.add(Path.of(named));
            }
        }
        codeSource().ifPresent(own -> {
            candidates.add(own);
            if (own.getParent() != null) {
                candidates.add(own.getParent().resolve(FILE_NAME));
            }
        });
        return candidates.stream().filter(AgentJar::isAgentJar).map(Path::toAbsolutePath).findFirst();
    }

    /** The jar this class was loaded from, if it is the agent jar. */
    public static Optional<Path> ownJar() {
        return codeSource().filter(AgentJar::isAgentJar).map(Path::toAbsolutePath);
    }

    /** The {@code -javaagent} option that seeds a child JVM with {@code master}, quietly. */
    public static String javaAgentOption(Path jar, long master) {
        return javaAgentOption(jar, "seed=" + SeedText.format(master) + ",quiet");
    }

    /** The {@code -javaagent} option that runs the agent jar with {@code options} (none when blank). */
    public static String javaAgentOption(Path jar, String options) {
        return "-javaagent:" + jar + (options == null || options.isBlank() ? "" : "=" + options);
    }

    /** Whether {@code path} is a jar whose manifest names the agent as its {@code Premain-Class}. */
    static boolean isAgentJar(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String premain = manifest == null ? null : manifest.getMainAttributes().getValue("Premain-Class");
            return PREMAIN_CLASS.equals(premain == null ? null : premain.trim());
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static Optional<Path> codeSource() {
        try {
            CodeSource source = AgentJar.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException unusual) {
            return Optional.empty(); // a class loader without a file location: nothing to look beside
        }
    }
}
