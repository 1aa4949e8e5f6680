package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.agent.fixtures.RacingThreads;
import org.seedeverything.agent.fixtures.TrivialMain;
import org.seedeverything.testing.ForkedJvm;

/** Under the agent's seed mode, racing threads get seeds keyed by their names, not by who came first. */
class ThreadSeedingIT {
    @Test
    @DisplayName("ThreadLocalRandom and RandomGeneratorFactory.create() on 8 racing threads repeat run to run")
    void racingThreadsRepeat() {
        List<String> first = draws(AgentRuns.withAgent("seed=2021,quiet"));
        List<String> second = draws(AgentRuns.withAgent("seed=2021,quiet"));
        List<String> otherSeed = draws(AgentRuns.withAgent("seed=2022,quiet"));

        assertEquals(8, first.size(), first::toString);
        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
        assertEquals(8, first.stream().map(line -> line.substring(line.indexOf("tlr="))).distinct().count(),
                "every thread draws its own values: " + first);
    }

    private static List<String> draws(ForkedJvm jvm) {
        return jvm.run(RacingThreads.class).assertSuccess().stdout().lines().toList();
    }

    @Test
    @DisplayName("a bad agent option is one clear line and exit status 2, not a stack trace and status 134")
    void badOptionIsOneLine() {
        ForkedJvm.Result result = AgentRuns.withAgent("seed=twenty-one").run(TrivialMain.class);

        assertEquals(2, result.exitCode(), result::stderr);
        assertTrue(result.stderr().contains("seed=twenty-one is not a seed"), result::stderr);
        assertFalse(result.stderr().contains("Exception"), result::stderr);
        assertEquals(1, result.stderr().lines().filter(line -> !line.isBlank()).count(), result::stderr);
    }
}
