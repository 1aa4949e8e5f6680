package org.seedeverything.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link TrainingProbe} in fresh JVMs: with {@code Seeds.everything(2021)} and this adapter the three trainings
 * (worker thread, prefetching iterator, {@code ComputationGraph} on a worker thread) end with bit-identical
 * parameters; without the adapter the same program differs on every run, because those threads' ND4J generators
 * start from the clock.
 */
class TrainingAcrossJvmsTest {
    private static final List<String> TRAININGS = List.of("worker.mlp", "prefetch.mlp", "worker.graph");

    private static ProbeLines withAdapter1;
    private static ProbeLines withAdapter2;
    private static ProbeLines withoutAdapter1;
    private static ProbeLines withoutAdapter2;

    @BeforeAll
    static void train() {
        String withAdapter = System.getProperty("java.class.path");
        String withoutAdapter = ClassPaths.withoutDl4jAdapter();
        List<ProbeLines> runs = ProbeLines.runTwoAtATime(List.of(() -> run(withAdapter), () -> run(withAdapter),
                () -> run(withoutAdapter), () -> run(withoutAdapter)));
        withAdapter1 = runs.get(0);
        withAdapter2 = runs.get(1);
        withoutAdapter1 = runs.get(2);
        withoutAdapter2 = runs.get(3);
    }

    private static ProbeLines run(String classPath) {
        return ProbeLines.run(classPath, TrainingProbe.class, List.of(), "seeded");
    }

    @Test
    @DisplayName("with the adapter, every training ends bit for bit the same in two fresh JVMs")
    void reproducibleWithTheAdapter() {
        for (String training : TRAININGS) {
            assertEquals(withAdapter1.get(training), withAdapter2.get(training), training + "\n" + withAdapter2);
        }
    }

    @Test
    @DisplayName("without the adapter, threads nobody seeded make every training differ between runs")
    void notReproducibleWithoutTheAdapter() {
        for (String training : TRAININGS) {
            assertNotEquals(withoutAdapter1.get(training), withoutAdapter2.get(training), training);
        }
    }
}
