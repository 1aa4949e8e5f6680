package org.seedeverything.verify.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes a program wrote into text for reports, and only for reports: valid UTF-8 is decoded, every other byte
 * is shown as {@code \xNN}, so that two lines that differ only in such bytes still look different. Values echoed in
 * messages are cut to a bounded length.
 */
public final class DisplayText {
    /** Characters of a value shown in a message before it is cut. */
    public static final int SHOWN_CHARACTERS = 200;
    private static final int CONTEXT_BEFORE = 60;

    private DisplayText() {
    }

    /** The bytes as text with {@code \xNN} for bytes that are not UTF-8. */
    public static String decode(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from + 1);
        StringBuilder out = new StringBuilder(to - from);
        while (true) {
            CoderResult result = decoder.decode(in, chars, true);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.append(String.format(java.util.Locale.ROOT, "\\x%02X", in.get() & 0xFF));
                }
            } else if (result.isUnderflow()) {
                decoder.flush(chars);
                chars.flip();
                return out.append(chars).toString();
            }
        }
    }

    /**
     * A line for display: its kept bytes without the line break, around {@code column} (where it differs) when it
     * is long, with {@code "…"} where text was left out.
     */
    static String line(byte[] kept, int length, long column) {
        int end = length;
        boolean cut = length == StreamComparison.KEPT_BYTES;
        if (!cut && end > 0 && kept[end - 1] == '\n') {
            end--;
            if (end > 0 && kept[end - 1] == '\r') {
                end--;
            }
        }
        int from = column > CONTEXT_BEFORE && column < end ? (int) column - CONTEXT_BEFORE : 0;
        int to = Math.min(end, from + SHOWN_CHARACTERS);
        String text = decode(kept, from, to);
        return (from > 0 ? "…" : "") + text + (to < end || cut ? "…" : "");
    }

    /** {@code text}, cut to {@value #SHOWN_CHARACTERS} characters with a note of its full length. */
    public static String shorten(String text) {
        return shorten(text, SHOWN_CHARACTERS);
    }

    /** {@code text}, cut to {@code maxCharacters} characters with a note of its full length. */
    public static String shorten(String text, int maxCharacters) {
        if (text == null || text.length() <= maxCharacters) {
            return text;
        }
        return text.substring(0, maxCharacters) + "… (" + text.length() + " characters)";
    }
}
