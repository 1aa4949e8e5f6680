package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedeverything.agent.fixtures.AttachesLate;

/** Attached to a running JVM, the agent seeds the generators created from then on, not those created before. */
class LateAttachIT {
    @Test
    void generatorsCreatedAfterTheAttachRepeatThoseBeforeDoNot() {
        List<String> first = run();
        List<String> second = run();

        assertNotEquals(first.get(0), second.get(0), "a Random created before the attach repeated");
        assertEquals(first.get(1), second.get(1));
    }

    private static List<String> run() {
        return AgentRuns.withoutAgent().options("-Djdk.attach.allowAttachSelf=true")
                .run(AttachesLate.class.getName(), AgentRuns.agentJar().toString())
                .assertSuccess().stdout().lines().toList();
    }
}
