package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Error messages repeat a bad value whole when it is short and shortened, with its length, when it is not. */
class EchoTest {

    @Test
    void shortValuesAreRepeatedWhole() {
        String limit = "a".repeat(Echo.LIMIT);
        assertEquals(limit, Echo.of(limit));
        assertEquals("2021", Echo.of("2021"));
        assertEquals("null", Echo.of(null));
    }

    @Test
    @DisplayName("a 20 MB value becomes its start and its length")
    void longValuesAreShortened() {
        String huge = "7".repeat(20_000_000);
        String shown = Echo.of(huge);
        assertTrue(shown.length() < Echo.LIMIT, shown);
        assertTrue(shown.startsWith("7777"), shown);
        assertTrue(shown.endsWith("... (20000000 characters)"), shown);
    }

    @Test
    @DisplayName("a character outside the BMP is never cut in two")
    void surrogatePairsStayWhole() {
        String value = "x".repeat(79) + "\uD83D\uDE00".repeat(100);
        String shown = Echo.of(value);
        String start = shown.substring(0, shown.indexOf("..."));
        assertFalse(Character.isHighSurrogate(start.charAt(start.length() - 1)), start);
    }
}
