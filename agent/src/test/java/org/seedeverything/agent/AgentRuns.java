package org.seedeverything.agent;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seedeverything.testing.ForkedJvm;

/**
 * Forks fixture programs the way a user runs them: the built agent jar on {@code -javaagent}, and a class path with
 * only the program and the libraries it uses itself (Commons RNG), never the agent's classes, core or ByteBuddy.
 */
final class AgentRuns {
    private AgentRuns() {
    }

    /** The shaded jar built by {@code package}, passed in by failsafe as {@code seeds.agent.jar}. */
    static Path agentJar() {
        String property = System.getProperty("seeds.agent.jar");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new IllegalStateException("The agent jar '" + property + "' does not exist; run the tests with"
                    + " mvn verify, which builds it first");
        }
        return Path.of(property);
    }

    /** A JVM that runs the agent with {@code options} (no options when blank) and no {@code --add-opens}. */
    static ForkedJvm withAgent(String options) {
        String agent = "-javaagent:" + agentJar() + (options.isBlank() ? "" : "=" + options);
        return withoutAgent().options(agent);
    }

    /** The same program class path without the agent. */
    static ForkedJvm withoutAgent() {
        return ForkedJvm.create().classPath(programClassPath()).timeoutSeconds(60);
    }

    private static String programClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.equals("test-classes") || name.startsWith("commons-rng-")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Fails if the command line carries any {@code --add-opens}: the agent must make them unnecessary. */
    static ForkedJvm.Result noAddOpens(ForkedJvm.Result result) {
        for (String part : result.command()) {
            if (part.contains("--add-opens")) {
                throw new AssertionError("The child was started with --add-opens: " + result.command());
            }
        }
        return result;
    }
}
