package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Seeds.format} and {@code Seeds.parse}: one printed form, several accepted inputs, clear errors. */
class SeedTextTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 2021, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, 0x7e5})
    void formatThenParseRoundTrips(long seed) {
        assertEquals(seed, Seeds.parse(Seeds.format(seed)));
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2021",
        "0x7e5, 2021",
        "0X7E5, 2021",
        "-0x1, -1",
        "0xffffffffffffffff, -1",
        "0x8000000000000000, -9223372036854775808",
        "18446744073709551615, -1",
        "9223372036854775808, -9223372036854775808",
        "-9223372036854775808, -9223372036854775808",
        "'  42 ', 42",
        "+42, 42",
        "1_000, 1000",
        "2_0_2_1, 2021",
        "0x7_e5, 2021",
        "-0x8000000000000000, -9223372036854775808",
        "000000000000000000000000000042, 42",
    })
    void acceptedForms(String text, long expected) {
        assertEquals(expected, Seeds.parse(text));
    }

    @Test
    void formatIsSignedDecimal() {
        assertEquals("-1", Seeds.format(-1));
        assertEquals("-9223372036854775808", Seeds.format(Long.MIN_VALUE));
        assertEquals("9223372036854775807", Seeds.format(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "12ab", "0x", "0x12345678901234567", "18446744073709551616",
        "-9223372036854775809", "1.5", "1e3", "--1", "0xg",
        // the documented grammar: '_' only between digits, ASCII digits only, nothing below -2^63
        "_1", "1_", "1__0", "-_1", "+_1", "_", "0x_1", "0x1_", "0_x1", "1_000_", "-0xFFFFFFFFFFFFFFFF",
        "-0x8000000000000001", "-18446744073709551615", "1\u0660", "\u0661"})
    @DisplayName("bad text: the exception names the text and the accepted forms")
    void badTextIsRejectedWithTheFix(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("accepted forms"), e.getMessage());
    }

    @Test
    @DisplayName("a huge bad value is echoed shortened, and a huge digit run is refused without reading it all")
    void hugeTextIsEchoedShort() {
        String huge = "9".repeat(5_000_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(huge));
        assertTrue(e.getMessage().length() < 1_000, () -> "message of " + e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("(5000000 characters)"), e.getMessage());
        String hugeJunk = "x".repeat(5_000_000);
        IllegalArgumentException junk = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(hugeJunk));
        assertTrue(junk.getMessage().length() < 1_000, () -> "message of " + junk.getMessage().length() + " chars");
    }

    @Test
    void nullIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(null));
        assertTrue(e.getMessage().contains("accepted forms"), e.getMessage());
    }
}
