package org.seedeverything.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgentArgLineTest {
    private static final Path JAR = Path.of("/repo/org/seedeverything/seed-everything-agent-0.1.jar");

    @Test
    @DisplayName("the agent option carries the agent's options and, when given, the master as a system property")
    void agentOptionWithSeedAndMaster() {
        assertEquals("-javaagent:/repo/org/seedeverything/seed-everything-agent-0.1.jar=seed=2021 -Dseeds.master=2021",
                AgentArgLine.options(JAR, "seed=2021", "2021"));
        assertEquals("-javaagent:/repo/org/seedeverything/seed-everything-agent-0.1.jar",
                AgentArgLine.options(JAR, "", null));
    }

    @Test
    @DisplayName("a jar path with a space is quoted the way Surefire splits an argLine")
    void pathWithSpaceIsQuoted() {
        Path spaced = Path.of("/home/a user/seed-everything-agent.jar");
        assertEquals("\"-javaagent:/home/a user/seed-everything-agent.jar=mode=audit\"",
                AgentArgLine.options(spaced, "mode=audit", null));
    }

    @Test
    @DisplayName("the agent goes in front of what the property held, which is kept as it was")
    void prependsToExistingValue() {
        assertEquals("-javaagent:a.jar -Xmx1g  -Dfoo=\"a b\"", AgentArgLine.prepend("-javaagent:a.jar",
                "  -Xmx1g  -Dfoo=\"a b\" "));
        assertEquals("-javaagent:a.jar", AgentArgLine.prepend("-javaagent:a.jar", null));
        assertEquals("-javaagent:a.jar", AgentArgLine.prepend("-javaagent:a.jar", " "));
    }

    @Test
    @DisplayName("running the goal twice keeps one seed-everything agent and one master, and other agents")
    void replacesAnEarlierAgentOfOurs() {
        String first = AgentArgLine.prepend(AgentArgLine.options(JAR, "seed=1", "1"),
                "-javaagent:/x/jacoco.jar=destfile=j.exec -Xmx1g");
        String second = AgentArgLine.prepend(AgentArgLine.options(JAR, "seed=2", "2"), first);
        assertEquals("-javaagent:/repo/org/seedeverything/seed-everything-agent-0.1.jar=seed=2 -Dseeds.master=2"
                + " -javaagent:/x/jacoco.jar=destfile=j.exec -Xmx1g", second);
    }

    @Test
    @DisplayName("tokens split at white space outside double quotes")
    void tokensRespectQuotes() {
        assertEquals(List.of("-a", "\"-javaagent:/a b/seed-everything-agent.jar=seed=1\"", "-Dx=\"1 2\""),
                AgentArgLine.tokens(" -a \"-javaagent:/a b/seed-everything-agent.jar=seed=1\"\t-Dx=\"1 2\" "));
    }
}
