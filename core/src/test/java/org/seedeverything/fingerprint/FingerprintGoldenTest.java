package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Golden fingerprints of format fp1. The expected values come from scripts/fingerprint_vectors.py, which builds the
 * canonical bytes with NumPy and hashes them with the reference XXH3 C library (python3-xxhash) and hashlib's SHA-256,
 * independently of this implementation.
 */
class FingerprintGoldenTest {
    private static final Map<String, String> GOLDEN = new LinkedHashMap<>();
    private static final FingerprintFunction SHA_256 =
            Fingerprints.builder().algorithm(FingerprintAlgorithm.SHA_256).build();

    @BeforeAll
    static void readVectors() throws IOException {
        GOLDEN.putAll(vectors());
    }

    /** The golden file: vector name to fingerprint text. */
    static Map<String, String> vectors() throws IOException {
        Map<String, String> vectors = new LinkedHashMap<>();
        try (InputStream in = FingerprintGoldenTest.class.getResourceAsStream("/golden/fingerprint-vectors.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\t");
                    vectors.put(parts[0], parts[1]);
                }
            }
        }
        return vectors;
    }

    private static void assertGolden(String name, Fingerprint actual) {
        assertEquals(GOLDEN.get(name), actual.toString(), name);
    }

    static float[] sixFloats() {
        return new float[] {0f, -0f, 1.5f, -2.25f, Float.POSITIVE_INFINITY, Float.NaN};
    }

    static float[] ramp(int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (i % 1000) * 0.25f - 100f;
        }
        return values;
    }

    @Test
    @DisplayName("float32 with a shape, as a vector, and with SHA-256")
    void float32() {
        assertGolden("float32_2x3", Fingerprints.of(sixFloats(), 2, 3));
        assertGolden("float32_6", Fingerprints.of(sixFloats()));
        assertGolden("float32_2x3_sha256", SHA_256.of(sixFloats(), 2, 3));
    }

    @Test
    @DisplayName("float64 NaN payloads count by default and are canonicalised on request")
    void float64NaN() {
        double payloadNaN = Double.longBitsToDouble(0x7FF8000000000001L);
        double[] values = {Double.longBitsToDouble(0x3FB999999999999AL), -0.0,
                Double.longBitsToDouble(0x7E37E43C8800759CL), payloadNaN};
        assertGolden("float64_4_payload_nan", Fingerprints.of(values));
        FingerprintFunction canonical = Fingerprints.builder().canonicalizeNaN(true).build();
        assertGolden("float64_4_canonical_nan", canonical.of(values));
    }

    @Test
    @DisplayName("integer and boolean arrays")
    void integers() {
        assertGolden("int32_3", Fingerprints.of(new int[] {1, -1, Integer.MAX_VALUE}));
        assertGolden("int64_2", Fingerprints.of(new long[] {-2, 1L << 62}));
        assertGolden("int8_5", Fingerprints.of(new byte[] {-128, -1, 0, 1, 127}));
        assertGolden("int16_2x2", Fingerprints.of(new short[] {-32768, -1, 1, 32767}, 2, 2));
        assertGolden("bool_3", Fingerprints.of(new boolean[] {true, false, true}));
    }

    @Test
    @DisplayName("scalars, strings, empty arrays and a sink")
    void scalarsTextAndEmpty() {
        assertGolden("scalar_int64_42", Fingerprints.of(42L));
        assertGolden("scalar_float64_half", Fingerprints.of(0.5));
        assertGolden("utf8_hello", Fingerprints.of("héllo wörld"));
        assertGolden("utf8_empty", Fingerprints.of(""));
        assertGolden("float32_empty", Fingerprints.of(new float[0]));
        assertGolden("float32_0x3", Fingerprints.of(new float[0], 0, 3));
        assertGolden("sink_int_string_double",
                Fingerprints.function().newSink().putInt(1).putString("ab").putDouble(0.5).fingerprint());
    }

    @Test
    @DisplayName("inputs of several 1 MiB chunks combine in the documented tree")
    void multiChunk() {
        assertGolden("ramp_4MiB", Fingerprints.of(ramp(1 << 20)));
        float[] sevenLeaves = ramp(13 << 17);
        assertGolden("ramp_6.5MiB", Fingerprints.of(sevenLeaves));
        assertGolden("ramp_6.5MiB_2d", Fingerprints.of(sevenLeaves, 13 << 7, 1 << 10));
        assertGolden("ramp_6.5MiB_sha256", SHA_256.of(sevenLeaves));
    }
}
