package org.seedeverything.verify.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The banner a HotSpot JVM prints on its standard output when it crashes ({@code # A fatal error has been
 * detected by the Java Runtime Environment: ... # SIGSEGV ... # Problematic frame: ...}).
 */
final class CrashBanner {
    private static final String START = "# A fatal error has been detected";
    private static final int MAX_LINES = 24;

    private CrashBanner() {
    }

    /** The banner's lines from {@code stdoutTail}, or an empty string when there is none. */
    static String find(String stdoutTail) {
        int start = stdoutTail.indexOf(START);
        if (start < 0) {
            return "";
        }
        int lineStart = stdoutTail.lastIndexOf('\n', start) + 1;
        List<String> lines = new ArrayList<>();
        for (String line : stdoutTail.substring(lineStart).split("\\R")) {
            if (!line.startsWith("#") || lines.size() == MAX_LINES) {
                break;
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }
}
