package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Object parsed = Json.parse("{\"a\": [1, -2.5e3, \"\\u0041\\/\"], \"b\": {}, \"c\": 18446744073709551615}");
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertEquals(List.of(1L, -2500.0, "A/"), map.get("a"));
        assertEquals(new BigInteger("18446744073709551615"), map.get("c"));
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
