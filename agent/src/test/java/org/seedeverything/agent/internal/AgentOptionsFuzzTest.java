package org.seedeverything.agent.internal;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.MutationFuzzer;

/** The agent's option text against mutated input: options or an {@link AgentOptionException}, nothing else. */
class AgentOptionsFuzzTest {
    @Test
    @DisplayName("AgentOptions.parse: options or AgentOptionException")
    void agentOptions() {
        MutationFuzzer.over(6, List.of("seed=2021", "seed=0x7E5,mode=seed,quiet", "mode=audit,report=audit.json",
                        "mode=warn", "seed=-1,insecure-securerandom=true", "quiet=false", ""))
                .run(AgentOptions::parse, thrown -> thrown instanceof AgentOptionException);
    }
}
