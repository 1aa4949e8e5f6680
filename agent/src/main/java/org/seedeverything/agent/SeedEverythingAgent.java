package org.seedeverything.agent;

import java.lang.instrument.Instrumentation;
import org.seedeverything.agent.internal.AgentOptionException;
import org.seedeverything.agent.internal.AgentStartup;

/**
 * The Java agent: {@code java -javaagent:seed-everything-agent.jar=seed=2021 -jar app.jar}.
 *
 * <p>Before {@code main} it opens the JDK packages the seeding needs (no {@code --add-opens} on the command line),
 * runs {@code Seeds.everything} and makes every later {@code new java.util.Random()} take its seed from a
 * per-thread sequence derived from the master. With {@code mode=audit}, {@code warn} or {@code strict} it changes
 * nothing and instead reports, warns about or forbids every unseeded use, naming the call site. See
 * {@code src/docs/agent.md} for the options.
 *
 * @since 0.1
 */
public final class SeedEverythingAgent {
    private SeedEverythingAgent() {
    }

    /** Entry point for {@code -javaagent}. */
    public static void premain(String options, Instrumentation instrumentation) {
        try {
            AgentStartup.start(options, instrumentation, AgentJar.ownJar().map(Object::toString).orElse(null));
        } catch (AgentOptionException bad) {
            // One line and status 2, not the JVM's "processing of -javaagent failed", a stack trace and status 134.
            System.err.println("[seed-everything agent] " + bad.getMessage());
            System.err.flush();
            Runtime.getRuntime().halt(2);
        }
    }

    /** Entry point for attaching to a running JVM; generators created before the attach keep their seeds. */
    public static void agentmain(String options, Instrumentation instrumentation) {
        premain(options, instrumentation);
    }
}
