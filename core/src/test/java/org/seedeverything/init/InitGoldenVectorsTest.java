package org.seedeverything.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of a fill are pinned forever. The expected bits come from {@code scripts/init_vectors.py}, a second
 * implementation in Python written from {@code src/docs/init.md} (NumPy's SeedSequence for the block seeds, a
 * plain-Python xoshiro256++, the documented conversions and ziggurat), not from this code's output.
 */
class InitGoldenVectorsTest {
    private final int savedParallelism = Init.parallelism();

    @AfterEach
    void restoreParallelism() {
        Init.setParallelism(savedParallelism);
    }

    record Case(String kind, String dtype, double[] params, long seed, int length, int[] indices, String[] bits) {
        @Override
        public String toString() {
            return kind + " " + dtype + " " + java.util.Arrays.toString(params) + " seed " + seed;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = InitGoldenVectorsTest.class.getResourceAsStream("/golden/init-vectors.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String[] paramTexts = fields[2].split(",");
                double[] params = new double[paramTexts.length];
                for (int i = 0; i < params.length; i++) {
                    params[i] = paramTexts[i].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(paramTexts[i]);
                }
                String[] indexTexts = fields[5].split(",");
                int[] indices = new int[indexTexts.length];
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = Integer.parseInt(indexTexts[i]);
                }
                cases.add(new Case(fields[0], fields[1], params, Long.parseLong(fields[3]), Integer.parseInt(fields[4]),
                        indices, fields[6].split(",")));
            }
        }
        assertFalse(cases.isEmpty(), "no golden vectors found");
        return cases;
    }

    @DisplayName("The first elements, both sides of the first block boundary and the last elements match Python")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fillMatchesTheIndependentPythonRoute(Case golden) {
        assertMatches(golden);
    }

    @DisplayName("The golden vectors hold for 1, 2 and 4 threads")
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void goldenVectorsHoldForAnyThreadCount(int threads) throws IOException {
        Init.setParallelism(threads);
        for (Case golden : cases()) {
            assertMatches(golden);
        }
    }

    private static void assertMatches(Case golden) {
        long[] shape = {golden.length()};
        double[] p = golden.params();
        if (golden.dtype().equals("float")) {
            float[] out = new float[golden.length()];
            switch (golden.kind()) {
                case "uniform" -> Init.uniform(out, shape, golden.seed(), p[0], p[1]);
                case "normal" -> Init.normal(out, shape, golden.seed(), p[0], p[1]);
                default -> Init.truncNormal(out, shape, golden.seed(), p[0], p[1], p[2], p[3]);
            }
            for (int k = 0; k < golden.indices().length; k++) {
                int index = golden.indices()[k];
                assertEquals(golden.bits()[k], String.format("%08x", Float.floatToRawIntBits(out[index])),
                        golden + ": element " + index + " = " + out[index]);
            }
        } else {
            double[] out = new double[golden.length()];
            switch (golden.kind()) {
                case "uniform" -> Init.uniform(out, shape, golden.seed(), p[0], p[1]);
                case "normal" -> Init.normal(out, shape, golden.seed(), p[0], p[1]);
                default -> Init.truncNormal(out, shape, golden.seed(), p[0], p[1], p[2], p[3]);
            }
            for (int k = 0; k < golden.indices().length; k++) {
                int index = golden.indices()[k];
                assertEquals(golden.bits()[k], String.format("%016x", Double.doubleToRawLongBits(out[index])),
                        golden + ": element " + index + " = " + out[index]);
            }
        }
    }
}
