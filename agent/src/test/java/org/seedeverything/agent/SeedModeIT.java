package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.seedeverything.agent.fixtures.EveryUnseededSource;
import org.seedeverything.agent.fixtures.FirstRandoms;
import org.seedeverything.agent.fixtures.SecureSources;
import org.seedeverything.agent.internal.ThreadRandomSeeds;
import org.seedeverything.internal.Derivation;
import org.seedeverything.testing.ForkedJvm;

/** With {@code seed=...}, an unmodified program's unseeded sources repeat run to run, in fresh JVMs. */
class SeedModeIT {
    private static final List<String> SOURCES = List.of("new Random()", "Math.random()", "ThreadLocalRandom",
            "new SplittableRandom()", "RandomGenerator.getDefault()", "Collections.shuffle(List)",
            "RandomSource.create()");

    @Test
    void everyUnseededSourceRepeatsAcrossRunsWithTheSameSeed() {
        Map<String, String> first = valuesBySource(AgentRuns.withAgent("seed=2021"));
        Map<String, String> second = valuesBySource(AgentRuns.withAgent("seed=2021"));

        assertEquals(SOURCES, List.copyOf(first.keySet()));
        assertEquals(first, second);
    }

    @Test
    void withoutTheAgentEverySourceDiffersRunToRun() {
        Map<String, String> first = valuesBySource(AgentRuns.withoutAgent());
        Map<String, String> second = valuesBySource(AgentRuns.withoutAgent());

        for (String source : SOURCES) {
            assertNotEquals(first.get(source), second.get(source), source + " repeated without the agent");
        }
    }

    @Test
    void anotherSeedGivesOtherValuesForEverySource() {
        Map<String, String> seed2021 = valuesBySource(AgentRuns.withAgent("seed=2021"));
        Map<String, String> seed2022 = valuesBySource(AgentRuns.withAgent("seed=2022"));

        for (String source : SOURCES) {
            assertNotEquals(seed2021.get(source), seed2022.get(source), source + " ignored the seed");
        }
    }

    @Test
    void withoutASeedOptionTheSeedsMasterPropertyIsUsed() {
        Map<String, String> fromOption = valuesBySource(AgentRuns.withAgent("seed=2021"));
        Map<String, String> fromProperty = valuesBySource(AgentRuns.withAgent("").options("-Dseeds.master=2021"));

        assertEquals(fromOption, fromProperty);
    }

    @Test
    void aSecondAgentStartIsIgnoredWithAWarning() {
        Map<String, String> once = valuesBySource(AgentRuns.withAgent("seed=2021"));
        ForkedJvm twice = AgentRuns.withAgent("seed=2021").options("-javaagent:" + AgentRuns.agentJar() + "=seed=7");
        ForkedJvm.Result result = twice.run(EveryUnseededSource.class).assertSuccess();

        assertEquals(once, valuesBySource(result));
        assertTrue(result.stderr().contains("ignoring the second start with 'seed=7'"), result.stderr());
    }

    @Test
    void newRandomAndItsSubclassesFollowThePublishedPerThreadSequence() {
        ForkedJvm.Result result = AgentRuns.noAddOpens(AgentRuns.withAgent("seed=2021,quiet").run(FirstRandoms.class))
                .assertSuccess();
        List<String> lines = result.stdout().lines().toList();

        // Independent route: SeedSequence derivation for (master, "agent/new-java.util.Random/main", 0), then
        // Commons RNG's SplitMix64, whose k-th output is the k-th seed; new Random(seed) must then agree.
        long base = Derivation.derive(2021, ThreadRandomSeeds.STREAM_PREFIX + "main", 0);
        UniformRandomProvider seeds = RandomSource.SPLIT_MIX_64.create(base);
        assertEquals(String.valueOf(new java.util.Random(seeds.nextLong()).nextLong()), lines.get(0));
        assertEquals(String.valueOf(new java.util.Random(seeds.nextLong()).nextLong()), lines.get(1));
        assertEquals(String.valueOf(new java.util.Random(seeds.nextLong()).nextLong()), lines.get(2), "subclass");
        assertEquals("seeds.agent.jar=" + AgentRuns.agentJar().toAbsolutePath(), lines.get(3));
        assertEquals("seeds.agent.active=true", lines.get(4));
    }

    @Test
    void secureSourcesStayRandomByDefault() {
        String first = AgentRuns.withAgent("seed=2021").run(SecureSources.class).assertSuccess().stdout();
        String second = AgentRuns.withAgent("seed=2021").run(SecureSources.class).assertSuccess().stdout();

        List<String> firstLines = first.lines().toList();
        List<String> secondLines = second.lines().toList();
        assertEquals(2, firstLines.size(), first);
        for (int i = 0; i < firstLines.size(); i++) {
            assertNotEquals(firstLines.get(i), secondLines.get(i), "secure source repeated: " + firstLines.get(i));
        }
    }

    @Test
    void secureSourcesRepeatOnlyWhenTheOptionNamesItAndThenWarn() {
        ForkedJvm.Result first = AgentRuns.withAgent("seed=2021,insecure-securerandom").run(SecureSources.class)
                .assertSuccess();
        ForkedJvm.Result second = AgentRuns.withAgent("seed=2021,insecure-securerandom").run(SecureSources.class)
                .assertSuccess();

        assertEquals(first.stdout(), second.stdout());
        assertTrue(first.stderr().contains("INSECURE: new java.security.SecureRandom() at "
                + SecureSources.class.getName() + ".main("), first.stderr());
        assertTrue(first.stderr().contains("INSECURE: UUID.randomUUID() at " + SecureSources.class.getName()
                + ".main("), first.stderr());
    }

    private static Map<String, String> valuesBySource(ForkedJvm jvm) {
        return valuesBySource(AgentRuns.noAddOpens(jvm.run(EveryUnseededSource.class)).assertSuccess());
    }

    private static Map<String, String> valuesBySource(ForkedJvm.Result result) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : result.stdout().lines().toList()) {
            int colon = line.indexOf(": ");
            values.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return values;
    }
}
