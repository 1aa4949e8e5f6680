package org.seedeverything.verify;

import java.util.Objects;

/**
 * One place where a run differs from its reference (the first run, or a lock file).
 *
 * @param source    what was compared
 * @param subject   which item: a manifest entry's name, {@code "stdout"}, a file's relative path, ...
 * @param index     where inside the item the first difference is: element index of an entry, 1-based line number
 *                  of text, byte offset of a binary file; {@code -1} when the item has no position (missing entry)
 * @param expected  the reference's value at that place ({@code "<missing>"} when absent)
 * @param actual    the run's value at that place ({@code "<missing>"} when absent)
 * @param detail    more about the difference (how many lines differ, which statistics changed), possibly empty
 * @param run       the 1-based number of the run that differs
 * @param reference the 1-based number of the run it was compared with; {@code 0} for a lock file
 * @since 0.1
 */
public record Difference(Source source, String subject, long index, String expected, String actual, String detail,
                         int run, int reference) {
    /** Marks a value that one side does not have. */
    public static final String MISSING = "<missing>";

    /** What a run is compared by. */
    public enum Source {
        /** The recorded fingerprint manifest ({@code -Dseeds.manifest}). */
        MANIFEST,
        /** The standard output, line by line. */
        STDOUT,
        /** A text file written under the output directory, compared line by line. */
        FILE,
        /** A binary file written under the output directory, compared byte by byte. */
        BINARY_FILE
    }

    public Difference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        expected = expected == null ? "null" : expected;
        actual = actual == null ? "null" : actual;
        detail = detail == null ? "" : detail;
    }

    /** The reference's name in reports: {@code "run 1"} or {@code "the lock file"}. */
    public String referenceName() {
        return reference == 0 ? "the lock file" : "run " + reference;
    }

    /** Where the difference is, in words: {@code "manifest entry 'layer1.W' element 3"}, {@code "stdout line 4"}. */
    public String location() {
        return switch (source) {
            case MANIFEST -> "manifest entry '" + subject + "'" + (index >= 0 ? " element " + index : "");
            case STDOUT -> "stdout" + (index >= 0 ? " line " + index : "");
            case FILE -> "file '" + subject + "'" + (index >= 0 ? " line " + index : "");
            case BINARY_FILE -> "file '" + subject + "'" + (index >= 0 ? " byte " + index : "");
        };
    }

    /** One line for people: {@code run 2 vs run 1: stdout line 4: expected '0.731' but was '0.245'}. */
    @Override
    public String toString() {
        String text = "run " + run + " vs " + referenceName() + ": " + location() + ": expected '" + expected
                + "' but was '" + actual + "'";
        return detail.isEmpty() ? text : text + " (" + detail + ")";
    }
}
