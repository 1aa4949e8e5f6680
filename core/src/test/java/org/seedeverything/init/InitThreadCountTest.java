package org.seedeverything.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedeverything.init.internal.BlockFill;
import org.seedeverything.testing.ForkedJvm;

/** The thread count changes only the speed of a fill, never a bit of it, in this JVM and in fresh ones. */
class InitThreadCountTest {
    private static final int LENGTH = 7 * BlockFill.BLOCK_SIZE + 123;
    private final int savedParallelism = Init.parallelism();

    @AfterEach
    void restoreParallelism() {
        Init.setParallelism(savedParallelism);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4})
    @DisplayName("uniform, normal and truncated normal fills on 2 and 4 threads equal the 1-thread fill bit for bit")
    void fillsAreBitIdenticalForAnyThreadCount(int threads) {
        for (long seed : new long[] {0, -1, 2021, Long.MAX_VALUE}) {
            float[] one = new float[LENGTH];
            float[] many = new float[LENGTH];
            BlockFill.uniform(one, seed, -2, 2, 1);
            BlockFill.uniform(many, seed, -2, 2, threads);
            assertArrayEquals(one, many, "uniform float, seed " + seed);
            BlockFill.normal(one, seed, 0, 1, 1);
            BlockFill.normal(many, seed, 0, 1, threads);
            assertArrayEquals(one, many, "normal float, seed " + seed);
            BlockFill.truncatedNormal(one, seed, 0, 1, -2, 2, 1);
            BlockFill.truncatedNormal(many, seed, 0, 1, -2, 2, threads);
            assertArrayEquals(one, many, "truncated normal float, seed " + seed);

            double[] oneDouble = new double[LENGTH];
            double[] manyDouble = new double[LENGTH];
            BlockFill.uniform(oneDouble, seed, -2, 2, 1);
            BlockFill.uniform(manyDouble, seed, -2, 2, threads);
            assertArrayEquals(oneDouble, manyDouble, "uniform double, seed " + seed);
            BlockFill.normal(oneDouble, seed, 0, 1, 1);
            BlockFill.normal(manyDouble, seed, 0, 1, threads);
            assertArrayEquals(oneDouble, manyDouble, "normal double, seed " + seed);
        }
    }

    @Test
    @DisplayName("a block's values do not depend on the array around it: the tail of a long fill equals its own block")
    void eachBlockDependsOnlyOnSeedAndBlockIndex() {
        double[] longFill = new double[LENGTH];
        BlockFill.normal(longFill, 77, 0, 1, 2);
        double[] shortFill = new double[BlockFill.BLOCK_SIZE];
        BlockFill.normal(shortFill, 77, 0, 1, 1);
        double[] firstBlock = java.util.Arrays.copyOf(longFill, BlockFill.BLOCK_SIZE);
        assertArrayEquals(shortFill, firstBlock);
    }

    @Test
    @DisplayName("fresh JVMs with 1 and 4 init threads print the same fingerprints as this JVM")
    void freshJvmsWithOneAndFourThreadsAgree() {
        Map<String, String> here = InitFillPrinter.fingerprints();
        for (int threads : new int[] {1, 4}) {
            ForkedJvm.Result result = ForkedJvm.create()
                    .options("-D" + Init.THREADS_PROPERTY + "=" + threads)
                    .timeoutSeconds(120)
                    .run(InitFillPrinter.class)
                    .assertSuccess();
            Map<String, String> child = new LinkedHashMap<>();
            for (String line : result.stdout().split("\\R")) {
                if (line.contains("=")) {
                    child.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            assertEquals(here, child, "fingerprints of a fresh JVM with " + threads + " init threads");
        }
    }

    @Test
    @DisplayName("Init.setParallelism changes nothing but speed")
    void parallelismSettingKeepsValues() {
        Init.setParallelism(1);
        Map<String, String> single = InitFillPrinter.fingerprints();
        Init.setParallelism(3);
        assertEquals(single, InitFillPrinter.fingerprints());
    }
}
