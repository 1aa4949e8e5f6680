package org.seedeverything.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for reports, manifests and lock files (core may not depend on a JSON library, and
 * the reader must be strict and bounded on hostile input, which the limits below make it).
 *
 * <p>Values map to Java as: object {@code Map<String, Object>} (insertion ordered), array {@code List<Object>},
 * string {@code String}, integer {@code Long}, other numbers {@code Double}, {@code Boolean}, and {@code null}. Writing accepts the same types plus any {@code Number},
 * {@code CharSequence}, enum (by name) and {@code long[]}/{@code int[]}/{@code double[]}.
 */
public final class Json {
    private Json() {
    }

    /** Writes a value as indented JSON with a trailing newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        out.append('\n');
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeObject(out, map, indent);
        } else if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(list::add);
            writeArray(out, list, indent);
        } else if (value instanceof long[] longs) {
            List<Object> list = new ArrayList<>();
            for (long v : longs) {
                list.add(v);
            }
            writeArray(out, list, indent);
        } else if (value instanceof int[] ints) {
            List<Object> list = new ArrayList<>();
            for (int v : ints) {
                list.add(v);
            }
            writeArray(out, list, indent);
        } else if (value instanceof double[] doubles) {
            List<Object> list = new ArrayList<>();
            for (double v : doubles) {
                list.add(v);
            }
            writeArray(out, list, indent);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                out.append(value);
            } else {
                quote(out, String.valueOf(d));
            }
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            quote(out, e.name());
        } else {
            quote(out, value.toString());
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            pad(out, indent + 1);
            quote(out, String.valueOf(entry.getKey()));
            out.append(": ");
            write(out, entry.getValue(), indent + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
    }

    private static void writeArray(StringBuilder out, List<Object> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof Iterable);
        if (scalars) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(out, list.get(i), indent + 1);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(out, indent + 1);
            write(out, list.get(i), indent + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    /** Appends {@code text} as a JSON string literal. */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Parses JSON text strictly by RFC 8259: no comments, trailing commas, leading zeros, unescaped control
     * characters or lone surrogates; whitespace is space, tab, CR and LF only. Beyond the RFC, limits that keep
     * hostile input from costing more than linear time or from overflowing the stack: objects and arrays nest at
     * most {@value #MAX_DEPTH} deep, an object may not repeat a key (a reviewer would read one value and the tool
     * use another), integers must fit in a {@code long}, other numbers must be finite doubles, and a number has at
     * most {@value #MAX_NUMBER_LENGTH} characters.
     *
     * @throws IllegalArgumentException naming the offset and what was expected, for malformed text
     */
    public static Object parse(String text) {
        Parser parser = new Parser(text);
        parser.skipWhitespace();
        Object value = parser.value(0);
        parser.skipWhitespace();
        if (parser.at < text.length()) {
            throw parser.error("end of input");
        }
        return value;
    }

    /** How deep objects and arrays may nest: {@value}. */
    public static final int MAX_DEPTH = 512;
    /** The most characters a number may have: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** Parses JSON text whose top level must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Expected a JSON object at the top level, found "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return (Map<String, Object>) value;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        IllegalArgumentException error(String expected) {
            return error(expected, at);
        }

        IllegalArgumentException error(String expected, int offset) {
            String found;
            if (offset >= text.length()) {
                found = "end of input";
            } else {
                char c = text.charAt(offset);
                found = c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
            }
            return new IllegalArgumentException("Malformed JSON at offset " + offset + ": expected " + expected
                    + ", found " + found);
        }

        void skipWhitespace() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                at++;
            }
        }

        Object value(int depth) {
            if (at >= text.length()) {
                throw error("a value");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("a value");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("'" + word + "'");
            }
            at += word.length();
            return value;
        }

        private void requireDepth(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("Malformed JSON at offset " + at + ": objects and arrays nest more"
                        + " than " + MAX_DEPTH + " deep");
            }
        }

        private Map<String, Object> object(int depth) {
            requireDepth(depth);
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipWhitespace();
            if (at < text.length() && text.charAt(at) == '}') {
                at++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (at >= text.length() || text.charAt(at) != '"') {
                    throw error("a string key");
                }
                int keyOffset = at;
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                Object value = value(depth);
                if (map.containsKey(key)) {
                    String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
                    throw new IllegalArgumentException("Malformed JSON at offset " + keyOffset + ": the key \""
                            + shown + "\" appears twice in one object");
                }
                map.put(key, value);
                skipWhitespace();
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                expect('}');
                return map;
            }
        }

        private List<Object> array(int depth) {
            requireDepth(depth);
            List<Object> list = new ArrayList<>();
            at++;
            skipWhitespace();
            if (at < text.length() && text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                skipWhitespace();
                list.add(value(depth));
                skipWhitespace();
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("a closing quote");
                }
                char c = text.charAt(at);
                if (c == '"') {
                    at++;
                    requireWellFormed(out);
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("an escape for the control character (\\n, \\t, \\u00XX)");
                }
                at++;
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    throw error("an escape");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int digit = at < text.length() ? Character.digit(text.charAt(at), 16) : -1;
                            if (digit < 0 || text.charAt(at) > 'f') {
                                throw error("four hex digits");
                            }
                            code = code * 16 + digit;
                            at++;
                        }
                        out.append((char) code);
                    }
                    default -> {
                        at--;
                        throw error("a valid escape");
                    }
                }
            }
        }

        /** Rejects lone surrogates: they stand for no character and cannot be written as UTF-8. */
        private void requireWellFormed(StringBuilder value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("Malformed JSON before offset " + at + ": a string holds a"
                            + " lone surrogate U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c));
                }
            }
        }

        /** A number by the RFC's grammar, scanned once: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
        private Object number() {
            int start = at;
            if (text.charAt(at) == '-') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '0') {
                at++;
                if (at < text.length() && isDigit(text.charAt(at))) {
                    throw error("no leading zero", start);
                }
            } else if (digits() == 0) {
                throw error("a digit");
            }
            boolean integral = true;
            if (at < text.length() && text.charAt(at) == '.') {
                integral = false;
                at++;
                if (digits() == 0) {
                    throw error("a digit after the decimal point");
                }
            }
            if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
                integral = false;
                at++;
                if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                    at++;
                }
                if (digits() == 0) {
                    throw error("a digit in the exponent");
                }
            }
            if (at - start > MAX_NUMBER_LENGTH) {
                throw new IllegalArgumentException("Malformed JSON at offset " + start + ": a number of "
                        + (at - start) + " characters; at most " + MAX_NUMBER_LENGTH + " are accepted");
            }
            String token = text.substring(start, at);
            if (integral) {
                try {
                    return Long.parseLong(token);
                } catch (NumberFormatException outOfRange) {
                    throw new IllegalArgumentException("Malformed JSON at offset " + start + ": the integer "
                            + shorten(token) + " is out of range; integers must fit in 64 bits (" + Long.MIN_VALUE
                            + " to " + Long.MAX_VALUE + ")");
                }
            }
            double value = Double.parseDouble(token);
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("Malformed JSON at offset " + start + ": the number "
                        + shorten(token) + " is out of range for a double");
            }
            return value;
        }

        private int digits() {
            int from = at;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            return at - from;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static String shorten(String token) {
            return token.length() <= 40 ? token : token.substring(0, 40) + "… (" + token.length() + " characters)";
        }
    }
}
