package org.seedeverything.fingerprint;

import java.util.Arrays;

/**
 * The first element at which an entry differs between two runs, with both values as exact text (for a string: the
 * first differing character and the text from there).
 *
 * @param entry the entry's name
 * @param index the element's index in C order (a character index for strings)
 * @param coordinates the element's index per dimension (for strings, {@code [index]})
 * @param expected the value in the expected (first) run
 * @param actual the value in the other run
 * @since 0.1
 */
public record ElementDifference(String entry, long index, long[] coordinates, String expected, String actual) {
    /** Copies the coordinates. */
    public ElementDifference {
        coordinates = coordinates.clone();
    }

    /** The element's index per dimension (a copy). */
    @Override
    public long[] coordinates() {
        return coordinates.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementDifference that && entry.equals(that.entry) && index == that.index
                && Arrays.equals(coordinates, that.coordinates) && expected.equals(that.expected)
                && actual.equals(that.actual);
    }

    @Override
    public int hashCode() {
        return entry.hashCode() * 31 + Long.hashCode(index);
    }

    /** {@code entry "w" element 5 [1, 2]: 0.25 vs 0.5}. */
    @Override
    public String toString() {
        return "entry \"" + entry + "\" element " + index + " " + Arrays.toString(coordinates) + ": " + expected
                + " vs " + actual;
    }
}
