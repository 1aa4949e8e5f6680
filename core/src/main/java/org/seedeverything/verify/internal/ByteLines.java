package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes, without holding a whole line: a line of any length (a binary stream may
 * have none) costs a fixed buffer. A line ends after {@code '\n'}; its terminator ({@code "\n"}, {@code "\r\n"} or
 * none at the end) is reported apart from its content so that callers can compare either.
 *
 * <p>Not thread-safe; unsynchronised on purpose (a byte-at-a-time loop over {@code BufferedInputStream} pays a lock
 * per byte).
 */
final class ByteLines {
    static final int END = -1;
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long offset;
    private long lines;
    private boolean exhausted;
    private int last = END;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next byte, or {@link #END} at the end of the stream. */
    int read() throws IOException {
        if (position == limit) {
            if (exhausted) {
                return END;
            }
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                exhausted = true;
                return END;
            }
        }
        offset++;
        int value = buffer[position++] & 0xFF;
        if (value == '\n') {
            lines++;
        }
        last = value;
        return value;
    }

    /** Bytes read so far. */
    long offset() {
        return offset;
    }

    /** Whether the last byte read was a line break. */
    boolean endedWithBreak() {
        return last == '\n';
    }

    /** Line breaks read so far. */
    long lineBreaks() {
        return lines;
    }
}
