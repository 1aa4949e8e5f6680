package org.seedeverything.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An unchanged DL4J program ({@link TrainingProbe} {@code unchanged}: no {@code .seed}, {@code DataSet.shuffle()},
 * no call of ours) with neither adapter on its class path: under {@code -javaagent:...=seed=2021} two fresh JVMs end
 * bit for bit alike; without the agent they do not.
 */
class AgentTrainingTest {
    private static final List<String> TRAININGS = List.of("worker.mlp", "prefetch.mlp", "worker.graph");

    private static ProbeLines withAgent1;
    private static ProbeLines withAgent2;
    private static ProbeLines withoutAgent1;
    private static ProbeLines withoutAgent2;

    @BeforeAll
    static void train() {
        List<String> agent = List.of("-javaagent:" + ClassPaths.agentJar() + "=seed=2021,quiet");
        String program = ClassPaths.withoutAdapters();
        Supplier<ProbeLines> withAgent = () -> ProbeLines.run(program, TrainingProbe.class, agent, "unchanged");
        Supplier<ProbeLines> withoutAgent = () -> ProbeLines.run(program, TrainingProbe.class, List.of(), "unchanged");
        List<ProbeLines> runs = ProbeLines.runTwoAtATime(List.of(withAgent, withAgent, withoutAgent, withoutAgent));
        withAgent1 = runs.get(0);
        withAgent2 = runs.get(1);
        withoutAgent1 = runs.get(2);
        withoutAgent2 = runs.get(3);
    }

    @Test
    @DisplayName("with the agent, the unchanged program ends bit for bit the same in two fresh JVMs")
    void agentMakesTheUnchangedProgramReproducible() {
        for (String training : TRAININGS) {
            assertEquals(withAgent1.get(training), withAgent2.get(training), training + "\n" + withAgent2);
        }
    }

    @Test
    @DisplayName("without the agent, the unchanged program differs between runs (clock seeds)")
    void unchangedProgramDiffersWithoutTheAgent() {
        for (String training : TRAININGS) {
            assertNotEquals(withoutAgent1.get(training), withoutAgent2.get(training), training);
        }
    }
}
