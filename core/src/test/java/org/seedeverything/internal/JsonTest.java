package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void writeThenParseRoundTrips() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode \u00e9\u4e16");
        value.put("long", Long.MIN_VALUE);
        value.put("double", 0.1);
        value.put("flag", true);
        value.put("nothing", null);
        value.put("list", List.of(1L, 2L, 3L));
        value.put("nested", List.of(Map.of("a", 1L)));
        value.put("empty", Map.of());
        assertEquals(value, Json.parse(Json.write(value)));
    }

    @Test
    void parsesStandardJson() {
        Object parsed = Json.parse("{\"a\": [1, -2.5e3, \"\\u0041\\/\"], \"b\": {}, \"c\": 9223372036854775807,"
                + " \"d\": -0, \"e\": 0.5E-2, \"f\": \"\\ud83d\\ude00\"}");
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertEquals(List.of(1L, -2500.0, "A/"), map.get("a"));
        assertEquals(Long.MAX_VALUE, map.get("c"));
        assertEquals(0L, map.get("d"));
        assertEquals(0.005, map.get("e"));
        assertEquals("\ud83d\ude00", map.get("f"), "an escaped surrogate pair is one character");
    }

    /** RFC 8259 test vectors of our own: each breaks one rule of the grammar, or one of the reader's limits. */
    @ParameterizedTest
    @ValueSource(strings = {
        "01", "-01", "00", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[1e+]", "[0x10]", "[1,]", "{\"a\":1,}", "[,1]",
        "{,}", "[1 2]", "{\"a\":1 \"b\":2}", "{'a':1}", "{a:1}", "\"tab\there\"", "\"line\nbreak\"", "\"nul\u0000\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800x\"", "\"\\u12\"", "\"\\u+123\"", "\"\\u\uff11\uff12\uff13\uff14\"", "\"\\x41\"",
        "[1]\u00a0", "\u00a0[1]", "[1]\u000b", "// c\n1", "/* c */ 1", "[1] [2]", "NaN", "Infinity", "-Infinity",
        "TRUE", "nul", "[true false]", "{\"a\":1,\"a\":2}", "9223372036854775808", "-9223372036854775809", "1e400",
        "-1e400", "\ufeff{}"})
    void rejectsWhatTheRfcDoesNotAllow(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
        assertTrue(e.getMessage().startsWith("Malformed JSON "), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"seed\": \"1\", \"seed\": \"2\"}"));
        assertTrue(e.getMessage().contains("\"seed\" appears twice"), e.getMessage());
    }

    @Test
    void deepNestingIsRejectedWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
        assertTrue(e.getMessage().contains("nest more than " + Json.MAX_DEPTH), e.getMessage());
        String limit = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertEquals(List.of(), unwrap(Json.parse(limit), Json.MAX_DEPTH - 1));
    }

    private static Object unwrap(Object value, int levels) {
        Object current = value;
        for (int i = 0; i < levels; i++) {
            current = ((List<?>) current).get(0);
        }
        return current;
    }

    @Test
    @DisplayName("a megabyte of digits is rejected at once, not parsed in quadratic time or silently truncated")
    void longNumbersAreRejectedInLinearTime() {
        String digits = "1".repeat(1 << 20);
        for (String text : List.of(digits, "0." + digits, "[" + digits + "]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
            assertTrue(e.getMessage().contains("at most " + Json.MAX_NUMBER_LENGTH), e.getMessage());
        }
    }

    @Test
    void errorMessagesDoNotEchoHugeValues() {
        String huge = "9".repeat(Json.MAX_NUMBER_LENGTH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(huge));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\" 1}", "[1,]", "\"open", "{\"a\":1} x", "tru", "01x", "{\"a\":\"\\q\"}"})
    void malformedTextNamesTheOffset(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
        assertTrue(e.getMessage().startsWith("Malformed JSON at offset "), e.getMessage());
    }

    @Test
    void nonFiniteDoublesBecomeStrings() {
        assertEquals("[\"NaN\", \"Infinity\"]\n", Json.write(new double[] {Double.NaN, Double.POSITIVE_INFINITY}));
    }
}
