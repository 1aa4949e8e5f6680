package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two byte streams line by line: the verdict is on bytes (a line is its bytes up to and including its
 * {@code '\n'}), never on decoded text, so output that is not valid UTF-8 or not text at all is compared exactly.
 * Text is decoded only to show the first differing line, with bytes that are not UTF-8 shown as {@code \xNN}.
 *
 * <p>Memory is bounded whatever the size of the streams or of a line: each side keeps the first
 * {@value #KEPT_BYTES} bytes of its current line for display, and the first {@value #LISTED_LINES} differing line
 * numbers.
 */
public final class StreamComparison {
    /** Bytes of a differing line kept for display. */
    static final int KEPT_BYTES = 4096;
    private static final int LISTED_LINES = 10;
    private static final int ENDED = -2;

    private StreamComparison() {
    }

    /**
     * The result of a comparison.
     *
     * @param firstLine      1-based number of the first differing line, or {@code -1} when the streams are equal
     * @param expected       the reference's first differing line for display, or {@code null} when it has none
     * @param actual         the other side's first differing line for display, or {@code null} when it has none
     * @param firstByte      offset of the first differing byte, or {@code -1}
     * @param differingLines how many line numbers differ
     * @param summary        the differing line numbers in words, e.g. {@code "lines 3, 7 and 9 differ"}
     * @param expectedLines  lines of the reference
     * @param actualLines    lines of the other side
     * @param expectedBytes  bytes of the reference
     * @param actualBytes    bytes of the other side
     */
    public record Result(long firstLine, String expected, String actual, long firstByte, long differingLines,
                         String summary, long expectedLines, long actualLines, long expectedBytes,
                         long actualBytes) {
        public boolean equal() {
            return firstLine < 0;
        }
    }

    /** Compares {@code actual} with {@code expected}; neither stream is closed. */
    public static Result compare(InputStream expected, InputStream actual) throws IOException {
        ByteLines left = new ByteLines(expected);
        ByteLines right = new ByteLines(actual);
        List<Long> differing = new ArrayList<>();
        long count = 0;
        long line = 0;
        long firstLine = -1;
        long firstByte = -1;
        String expectedText = null;
        String actualText = null;
        byte[] leftKept = new byte[KEPT_BYTES];
        byte[] rightKept = new byte[KEPT_BYTES];
        while (true) {
            long lineStart = left.offset();
            int l = left.read();
            int r = right.read();
            if (l == ByteLines.END && r == ByteLines.END) {
                break;
            }
            line++;
            boolean leftPresent = l != ByteLines.END;
            boolean rightPresent = r != ByteLines.END;
            boolean differs = false;
            long column = 0;
            long differingColumn = -1;
            int leftLength = 0;
            int rightLength = 0;
            boolean leftEnded = false;
            boolean rightEnded = false;
            while (true) {
                if (!differs && l != r) {
                    differs = true;
                    differingColumn = column;
                }
                if (firstLine < 0) {
                    if (!leftEnded && l >= 0 && leftLength < KEPT_BYTES) {
                        leftKept[leftLength++] = (byte) l;
                    }
                    if (!rightEnded && r >= 0 && rightLength < KEPT_BYTES) {
                        rightKept[rightLength++] = (byte) r;
                    }
                }
                leftEnded = leftEnded || l == ByteLines.END || l == '\n';
                rightEnded = rightEnded || r == ByteLines.END || r == '\n';
                if (leftEnded && rightEnded) {
                    break;
                }
                l = leftEnded ? ENDED : left.read();
                r = rightEnded ? ENDED : right.read();
                if (l == ByteLines.END && !leftEnded) {
                    l = ENDED - 1; // end of stream without a line break: differs from a '\n' on the other side
                    leftEnded = true;
                }
                if (r == ByteLines.END && !rightEnded) {
                    r = ENDED - 1;
                    rightEnded = true;
                }
                column++;
            }
            if (!differs) {
                continue;
            }
            count++;
            if (differing.size() < LISTED_LINES + 1) {
                differing.add(line);
            }
            if (firstLine < 0) {
                firstLine = line;
                firstByte = lineStart + differingColumn;
                expectedText = leftPresent ? DisplayText.line(leftKept, leftLength, differingColumn) : null;
                actualText = rightPresent ? DisplayText.line(rightKept, rightLength, differingColumn) : null;
            }
        }
        long expectedLines = lines(left);
        long actualLines = lines(right);
        if (count == 0) {
            return new Result(-1, null, null, -1, 0, "", expectedLines, actualLines, left.offset(), right.offset());
        }
        String summary = summary(differing, count, expectedLines, actualLines);
        if (expectedText != null && expectedText.equals(actualText)) {
            summary += "; the line breaks differ";
        }
        return new Result(firstLine, expectedText, actualText, firstByte, count, summary, expectedLines, actualLines,
                left.offset(), right.offset());
    }

    /** Lines of a stream read to its end: line breaks, plus one for bytes after the last break. */
    private static long lines(ByteLines side) {
        return side.lineBreaks() + (side.offset() > 0 && !side.endedWithBreak() ? 1 : 0);
    }

    private static String summary(List<Long> differing, long count, long expectedLines, long actualLines) {
        StringBuilder text = new StringBuilder(count == 1 ? "line " : "lines ");
        int listed = (int) Math.min(differing.size(), LISTED_LINES);
        for (int i = 0; i < listed; i++) {
            if (i > 0) {
                text.append(i == listed - 1 && count == listed ? " and " : ", ");
            }
            text.append(differing.get(i));
        }
        if (count > listed) {
            text.append(" and ").append(count - listed).append(" more");
        }
        text.append(count == 1 ? " differs" : " differ");
        if (expectedLines != actualLines) {
            text.append("; ").append(expectedLines).append(" lines expected, ").append(actualLines).append(" found");
        }
        return text.toString();
    }
}
