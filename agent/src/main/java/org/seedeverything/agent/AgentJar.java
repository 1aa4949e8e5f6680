package org.seedeverything.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the agent jar, so that tools forking JVMs (the CLI, the JUnit extension) can pass it on:
 * <pre>{@code command.addAll(1, AgentJar.jvmOptions("seed=2021"));   // [-javaagent:/.../seed-everything-agent.jar=seed=2021]}</pre>
 *
 * <p>Looked up in order, each candidate counting only if it is a jar whose manifest names this agent as its
 * {@code Premain-Class}: the system property {@value #PROPERTY} (the agent sets it in every JVM it runs in), the
 * environment variable {@value #ENVIRONMENT_VARIABLE}, the jar this class was loaded from, and last a file named
 * {@value #FILE_NAME} next to it (so a tool shipped as one jar finds the agent placed beside it). Nothing is found
 * when {@code -D}{@value #DISABLE_PROPERTY}{@code =true}. The rules live in core (one place for every tool).
 *
 * @since 0.1
 */
public final class AgentJar {
    /** System property with the agent jar's path: {@value}. */
    public static final String PROPERTY = org.seedeverything.internal.AgentJar.PROPERTY;
    /** Environment variable with the agent jar's path: {@value}. */
    public static final String ENVIRONMENT_VARIABLE = org.seedeverything.internal.AgentJar.ENVIRONMENT_VARIABLE;
    /** The agent jar's file name, as built and as looked for beside a tool's jar: {@value}. */
    public static final String FILE_NAME = org.seedeverything.internal.AgentJar.FILE_NAME;
    /** System property that turns finding the agent off: {@value}. */
    public static final String DISABLE_PROPERTY = org.seedeverything.internal.AgentJar.DISABLE_PROPERTY;

    private AgentJar() {
    }

    /** The agent jar, when one can be found. */
    public static Optional<Path> locate() {
        return org.seedeverything.internal.AgentJar.locate();
    }

    /**
     * The JVM options that run the agent with {@code options} (e.g. {@code "seed=2021"} or {@code "mode=audit"}),
     * or an empty list when the agent jar cannot be found.
     */
    public static List<String> jvmOptions(String options) {
        return locate().map(jar -> List.of(org.seedeverything.internal.AgentJar.javaAgentOption(jar, options)))
                .orElse(List.of());
    }

    /** The jar this class came from, if its manifest names the agent. */
    static Optional<Path> ownJar() {
        return org.seedeverything.internal.AgentJar.ownJar();
    }
}
