package org.seedeverything.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Line-by-line comparison of byte streams: verdicts on bytes, text only for display. */
class StreamComparisonTest {
    private static StreamComparison.Result compare(byte[] expected, byte[] actual) throws IOException {
        return StreamComparison.compare(new ByteArrayInputStream(expected), new ByteArrayInputStream(actual));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void equalStreamsAreEqual() throws IOException {
        StreamComparison.Result result = compare(utf8("a\nb\n"), utf8("a\nb\n"));
        assertTrue(result.equal());
        assertEquals(2, result.expectedLines());
        assertEquals(4, result.actualBytes());
    }

    @Test
    @DisplayName("lines that differ only in bytes that are not UTF-8 differ, and show those bytes as \\xNN")
    void invalidUtf8IsComparedAsBytes() throws IOException {
        StreamComparison.Result result = compare(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'},
                new byte[] {'c', 'a', 'f', (byte) 0xE8, '\n'});
        assertEquals(1, result.firstLine());
        assertEquals(3, result.firstByte());
        assertEquals("caf\\xE9", result.expected());
        assertEquals("caf\\xE8", result.actual());
    }

    @Test
    void lineBreaksCount() throws IOException {
        StreamComparison.Result crlf = compare(utf8("a\r\nb\n"), utf8("a\nb\n"));
        assertEquals(1, crlf.firstLine());
        assertTrue(crlf.summary().endsWith("the line breaks differ"), crlf.summary());
        StreamComparison.Result noFinalBreak = compare(utf8("a\nb\n"), utf8("a\nb"));
        assertEquals(2, noFinalBreak.firstLine());
        assertEquals(2, noFinalBreak.actualLines());
    }

    @Test
    void missingAndExtraLines() throws IOException {
        StreamComparison.Result shorter = compare(utf8("a\nb\nc\n"), utf8("a\n"));
        assertEquals(2, shorter.firstLine());
        assertEquals("b", shorter.expected());
        assertNull(shorter.actual());
        assertEquals("lines 2 and 3 differ; 3 lines expected, 1 found", shorter.summary());
    }

    @Test
    @DisplayName("a difference deep in a 10 MB line without breaks is found with bounded memory and display")
    void longLinesAreStreamed() throws IOException {
        int size = 10 << 20;
        InputStream expected = zeros(size, -1);
        InputStream actual = zeros(size, size - 7);
        StreamComparison.Result result = StreamComparison.compare(expected, actual);
        assertEquals(1, result.firstLine());
        assertEquals(size - 7, result.firstByte());
        assertTrue(result.expected().length() < 300, () -> "display is cut: " + result.expected().length());
    }

    /** {@code size} bytes of '0', with a '1' at {@code different} (none when negative), generated, not stored. */
    private static InputStream zeros(int size, int different) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                if (at >= size) {
                    return -1;
                }
                return at++ == different ? '1' : '0';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (at >= size) {
                    return -1;
                }
                int count = Math.min(length, size - at);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return count;
            }
        };
    }
}
