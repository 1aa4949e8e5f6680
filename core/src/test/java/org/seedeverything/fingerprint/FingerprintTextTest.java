package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form {@code fp1:<algorithm>:<hex>} round-trips, and bad text is refused with a message naming it. */
class FingerprintTextTest {
    @Test
    @DisplayName("toString round-trips through parse for both algorithms")
    void roundTrip() {
        Fingerprint fast = Fingerprints.of(new double[] {1, 2, 3});
        Fingerprint secure = Fingerprints.builder().algorithm(FingerprintAlgorithm.SHA_256).build()
                .of(new double[] {1, 2, 3});
        assertEquals(fast, Fingerprint.parse(fast.toString()));
        assertEquals(secure, Fingerprint.parse(secure.toString()));
        assertTrue(fast.toString().matches("fp1:xxh128:[0-9a-f]{32}"), fast.toString());
        assertTrue(secure.toString().matches("fp1:sha256:[0-9a-f]{64}"), secure.toString());
        assertEquals(fast, Fingerprint.parse(fast.toString().toUpperCase().replace("FP1:XXH128", "fp1:xxh128")));
        assertEquals(fast, Fingerprint.of(FingerprintAlgorithm.XXH3_128, fast.toBytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fp1", "fp1:xxh128", "fp2:xxh128:00000000000000000000000000000000",
            "fp1:md5:00000000000000000000000000000000", "fp1:xxh128:0000", "fp1:xxh128:0000000000000000000000000000000g",
            "fp1:sha256:00000000000000000000000000000000", "xxh128:00000000000000000000000000000000"})
    @DisplayName("malformed text names the text and the expected form")
    void badText(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse(text));
        assertTrue(error.getMessage().contains("\"" + text + "\""), error.getMessage());
        assertTrue(error.getMessage().contains("expected fp1:xxh128:"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {" fp1:xxh128:00000000000000000000000000000000", "fp1:xxh128:00000000000000000000000000000000\n",
            "\u2003fp1:xxh128:00000000000000000000000000000000", "fp1:xxh128:0000000000000000000000000000000\u0661",
            "fp1:xxh128:\uff10\uff10000000000000000000000000000000", "fp1:xxh128:0000000000000000000000000000000\u0967",
            "fp1:xxh128:000000000000000000000000000000 0"})
    @DisplayName("parse is strict: no whitespace around, only ASCII hex digits")
    void strictGrammar(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse(text));
        assertTrue(error.getMessage().contains("expected fp1:xxh128:"), error.getMessage());
    }

    @Test
    @DisplayName("a huge bad value is quoted by its start and length, not in full")
    void hugeBadValue() {
        String huge = "fp1:xxh128:" + "0".repeat(1_000_000);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse(huge));
        assertTrue(error.getMessage().length() < 500, error.getMessage().length() + " characters");
        assertTrue(error.getMessage().contains("1000011 characters"), error.getMessage());
    }

    @Test
    @DisplayName("a wrong shape is refused with the shape, the element count and the fix")
    void badShape() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Fingerprints.of(new float[5], 2, 3));
        assertTrue(error.getMessage().contains("[2, 3]") && error.getMessage().contains("5"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(new float[0], -1));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(new float[1], Long.MAX_VALUE, 4));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.builder().threads(0));
        IllegalArgumentException memory = assertThrows(IllegalArgumentException.class,
                () -> Fingerprints.ofMemory(DType.FLOAT32, new long[] {4}, 4096, 15));
        assertTrue(memory.getMessage().contains("16") && memory.getMessage().contains("15"), memory.getMessage());
    }

    @Test
    @DisplayName("a sink produces one fingerprint only")
    void sinkIsSingleUse() {
        FingerprintSink sink = Fingerprints.function().newSink().putInt(1);
        sink.fingerprint();
        assertThrows(IllegalStateException.class, () -> sink.putInt(2));
        assertThrows(IllegalStateException.class, sink::fingerprint);
    }
}
