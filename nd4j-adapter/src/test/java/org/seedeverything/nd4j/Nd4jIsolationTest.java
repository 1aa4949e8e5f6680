package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.Isolation;
import org.seedeverything.Seeds;

/** {@code Seeds.isolate()} puts ND4J's generators back: draws inside the scope do not shift draws after it. */
class Nd4jIsolationTest {

    @Test
    @DisplayName("draws, scalar draws and a hidden reseed inside isolate() leave the calling thread's stream intact")
    void callingThreadIsRestored() {
        Seeds.builder().master(2021).log(false).apply();
        float[] expected = drawAfterDisturbance(false);

        Seeds.builder().master(2021).log(false).apply();
        float[] actual = drawAfterDisturbance(true);

        assertArrayEquals(expected, actual);
    }

    private static float[] drawAfterDisturbance(boolean disturb) {
        Nd4j.rand(DataType.FLOAT, 3);
        if (disturb) {
            try (Isolation scope = Seeds.isolate()) {
                Nd4j.rand(DataType.FLOAT, 100);
                Nd4j.getRandom().nextInt();
                Nd4j.getRandom().nextGaussian();
                Nd4j.rand(7L, new long[] {4});
            }
        }
        return Nd4j.rand(DataType.FLOAT, 6).toFloatVector();
    }

    @Test
    @DisplayName("a seeded pool thread's generator is restored as well")
    void seededPoolThreadIsRestored() throws InterruptedException, ExecutionException {
        Seeds.builder().master(2021).log(false).apply();
        ExecutorService pool = Executors.newSingleThreadExecutor(Seeds.threadFactory("isolated"));
        try {
            pool.submit(() -> Nd4j.rand(DataType.FLOAT, 2)).get();
            float[] before;
            float[] after;
            try (Isolation scope = Seeds.isolate()) {
                before = pool.submit(() -> Nd4j.rand(DataType.FLOAT, 5).toFloatVector()).get();
            }
            after = pool.submit(() -> Nd4j.rand(DataType.FLOAT, 5).toFloatVector()).get();
            assertArrayEquals(before, after, "the pool thread's draw after the scope repeats the draw inside it");
            float[] next = pool.submit(() -> Nd4j.rand(DataType.FLOAT, 5).toFloatVector()).get();
            assertFalse(Arrays.equals(after, next), "outside a scope the stream moves on");
        } finally {
            pool.shutdownNow();
        }
    }
}
