package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seedeverything.Seeds;

/**
 * Pins the derivation to values computed by an independent route: NumPy's own {@code SeedSequence} and a plain
 * Python xoshiro256++ ({@code scripts/derivation_vectors.py}, output in {@code golden/derivation-vectors.txt}).
 */
class DerivationGoldenVectorsTest {

    record Vector(long master, String name, long[] path, long derived, long[] state, long[] outputs, int[] words) {
        @Override
        public String toString() {
            return "master " + master + ", name '" + name + "', path " + Arrays.toString(path);
        }
    }

    static Stream<Vector> vectors() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = DerivationGoldenVectorsTest.class.getResourceAsStream("/golden/derivation-vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String name = f[1].equals("-") ? "" : new String(HexFormat.of().parseHex(f[1]), StandardCharsets.UTF_8);
                vectors.add(new Vector(Long.parseLong(f[0]), name, longs(f[2]), Long.parseLong(f[3]), longs(f[4]),
                        longs(f[5]), Arrays.stream(f[6].split(",")).mapToInt(w -> (int) Long.parseLong(w)).toArray()));
            }
        }
        assertTrue(vectors.size() >= 10, "golden file lost its vectors");
        return vectors.stream();
    }

    private static long[] longs(String field) {
        return field.equals("-") ? new long[0] : Arrays.stream(field.split(",")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void deriveMatchesNumpySeedSequence(Vector vector) {
        assertEquals(vector.derived(), Derivation.derive(vector.master(), vector.name(), vector.path()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void publicDeriveForMatchesNumpySeedSequence(Vector vector) {
        assertEquals(vector.derived(), Seeds.deriveFor(vector.master(), vector.name(), vector.path()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void generatedWordsMatchNumpy(Vector vector) {
        SeedSequence sequence = Derivation.sequence(vector.master(), vector.name(), vector.path());
        assertArrayEquals(vector.words(), sequence.generateInts(8));
        assertArrayEquals(vector.state(), Derivation.state(vector.master(), 4, vector.name(), vector.path()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void streamOutputsMatchReferenceXoshiro(Vector vector) {
        UniformRandomProvider stream = Seeds.streamFor(vector.master(), vector.name(), vector.path());
        long[] outputs = {stream.nextLong(), stream.nextLong(), stream.nextLong()};
        assertArrayEquals(vector.outputs(), outputs);
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("the Python example in src/docs/derivation.md gives the same value")
    void documentedPythonExample() {
        // Printed by the NumPy snippet in src/docs/derivation.md.
        assertEquals(4650043499549800777L, Derivation.derive(2021, "dropout", 3));
    }
}
