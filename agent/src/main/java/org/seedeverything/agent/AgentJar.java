package org.seedeverything.agent;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds the agent jar, so that tools forking JVMs (the CLI, the JUnit extension) can pass it on:
 * <pre>{@code command.addAll(1, AgentJar.jvmOptions("seed=2021"));   // [-javaagent:/.../seed-everything-agent.jar=seed=2021]}</pre>
 *
 * <p>Looked up in order: the system property {@value #PROPERTY} (the agent sets it in every JVM it runs in), the
 * environment variable {@value #ENVIRONMENT_VARIABLE}, the jar this class was loaded from if it is the agent jar,
 * and last a file named {@value #FILE_NAME} next to the jar this class was loaded from (so a tool shipped as one
 * jar finds the agent placed beside it).
 *
 * @since 0.1
 */
public final class AgentJar {
    /** System property with the agent jar's path: {@value}. */
    public static final String PROPERTY = "seeds.agent.jar";
    /** Environment variable with the agent jar's path: {@value}. */
    public static final String ENVIRONMENT_VARIABLE = "SEEDS_AGENT_JAR";

    /** The agent jar's file name, as built and as looked for beside a tool's jar: {@value}. */
    public static final String FILE_NAME = "seed-everything-agent.jar";

    private AgentJar() {
    }

    /** The agent jar, when one can be found and exists. */
    public static Optional<Path> locate() {
        for (String candidate : new String[] {System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE)}) {
            if (candidate != null && !candidate.isBlank() && Files.isRegularFile(Path.of(candidate))) {
                return Optional.of(Path.of(candidate).toAbsolutePath());
            }
        }
        Optional<Path> own = ownJar();
        if (own.isPresent()) {
            return own;
        }
        return codeSource().map(jar -> jar.resolveSibling(FILE_NAME)).filter(Files::isRegularFile)
                .filter(AgentJar::isAgentJar).map(Path::toAbsolutePath);
    }

    /**
     * The JVM options that run the agent with {@code options} (e.g. {@code "seed=2021"} or {@code "mode=audit"}),
     * or an empty list when the agent jar cannot be found.
     */
    public static List<String> jvmOptions(String options) {
        return locate().map(jar -> List.of("-javaagent:" + jar + (options == null || options.isBlank() ? ""
                : "=" + options))).orElse(List.of());
    }

    /** The jar this class came from, if its manifest names the agent. */
    static Optional<Path> ownJar() {
        return codeSource().filter(AgentJar::isAgentJar).map(Path::toAbsolutePath);
    }

    private static Optional<Path> codeSource() {
        try {
            CodeSource source = AgentJar.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isAgentJar(Path path) {
        try (JarFile jar = new JarFile(path.toFile())) {
            Manifest manifest = jar.getManifest();
            String premain = manifest == null ? null : manifest.getMainAttributes().getValue("Premain-Class");
            return SeedEverythingAgent.class.getName().equals(premain);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
