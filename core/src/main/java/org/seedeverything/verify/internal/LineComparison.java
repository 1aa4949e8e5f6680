package org.seedeverything.verify.internal;

import java.util.ArrayList;
import java.util.List;

/** Compares two texts line by line and finds every differing line number and the first difference. */
public final class LineComparison {
    private static final int LISTED_LINES = 10;

    private LineComparison() {
    }

    /**
     * The result of a comparison.
     *
     * @param firstLine      1-based number of the first differing line, or {@code -1} when the texts are equal
     * @param expected       the reference's first differing line, or {@code null} when it has no such line
     * @param actual         the other text's first differing line, or {@code null} when it has no such line
     * @param differingLines how many line numbers differ
     * @param summary        the differing line numbers in words, e.g. {@code "lines 3, 7 and 9 differ"}
     */
    public record Result(long firstLine, String expected, String actual, long differingLines, String summary) {
        public boolean equal() {
            return firstLine < 0;
        }
    }

    /** Splits text into lines; a final line break does not start another line. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Compares {@code actual} with {@code expected}. */
    public static Result compare(List<String> expected, List<String> actual) {
        int length = Math.max(expected.size(), actual.size());
        List<Integer> differing = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < length; i++) {
            String left = i < expected.size() ? expected.get(i) : null;
            String right = i < actual.size() ? actual.get(i) : null;
            if (left == null || !left.equals(right)) {
                count++;
                if (differing.size() <= LISTED_LINES) {
                    differing.add(i + 1);
                }
            }
        }
        if (count == 0) {
            return new Result(-1, null, null, 0, "");
        }
        int first = differing.get(0) - 1;
        return new Result(first + 1, first < expected.size() ? expected.get(first) : null,
                first < actual.size() ? actual.get(first) : null, count, summary(differing, count, expected.size(),
                actual.size()));
    }

    private static String summary(List<Integer> differing, long count, int expectedLines, int actualLines) {
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
