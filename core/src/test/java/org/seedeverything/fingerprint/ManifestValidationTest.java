package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A manifest read from JSON is checked after parsing: a corrupt or hand-edited entry is refused with a message that
 * names the entry and the bad value, instead of passing a check or failing later with an index error.
 */
class ManifestValidationTest {
    /** A valid manifest: "big" has block digests, "small" kept values, "t" a text. */
    private static String validJson() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        recorder.record("big", new float[3000], 3, 1000);
        recorder.record("small", new int[] {1, 2, 3});
        recorder.record("t", "hello");
        return recorder.manifest().toJson();
    }

    @Test
    @DisplayName("the untouched manifest reads back equal")
    void validReadsBack() {
        String json = validJson();
        assertEquals(json, Manifest.fromJson(json).toJson());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative dimension | \"shape\": [3, 1000] | \"shape\": [-3, -1000] | big | -3",
        "dimensions overflow | \"shape\": [3, 1000] | \"shape\": [4294967296, 4294967296] | big | 2^63",
        "huge block size | \"elements\": 1024 | \"elements\": 9223372036854775807 | big | 9223372036854775807",
        "zero block size | \"elements\": 1024 | \"elements\": 0 | big | \"elements\" is 0",
        "negative block size | \"elements\": 1024 | \"elements\": -1024 | big | -1024",
        "too few block digests | \"93d76fe148c689ba\", \"286dac39afa954ca\" | \"286dac39afa954ca\" | big | 2 digests",
        "statistics of another size | \"count\": 3000 | \"count\": 3001 | big | 3001",
        "negative zero count | \"zero\": 3000 | \"zero\": -7 | big | -7",
        "values of another size | \"values\": [\"1\", \"2\", \"3\"] | \"values\": [\"1\", \"2\"] | small | 2 values",
        "shape of a text changed | \"shape\": [5] | \"shape\": [-5] | t | -5",
    })
    @DisplayName("a corrupt entry is refused, naming the entry and the value")
    void corruptEntry(String what, String valid, String corrupt, String entry, String named) {
        String json = validJson();
        String tampered = json.replace(valid, corrupt);
        assertTrue(!tampered.equals(json), "the test changed the manifest: " + what);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Manifest.fromJson(tampered), what);
        assertTrue(error.getMessage().contains("\"" + entry + "\""), error.getMessage());
        assertTrue(error.getMessage().contains(named), error.getMessage());
    }
}
