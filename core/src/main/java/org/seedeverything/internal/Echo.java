package org.seedeverything.internal;

/**
 * A user's value as an error message repeats it: whole when short, else its start and its length, so that a
 * 20 MB bad value gives a readable one-line message instead of a 20 MB one.
 */
public final class Echo {
    /** Values up to this many characters are repeated whole: {@value}. */
    public static final int LIMIT = 200;
    private static final int SHOWN = 80;

    private Echo() {
    }

    /** The value, or its first characters followed by {@code "... (N characters)"}; {@code "null"} for null. */
    public static String of(CharSequence value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= LIMIT) {
            return value.toString();
        }
        int end = SHOWN;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never cut a character in two
        }
        return value.subSequence(0, end) + "... (" + value.length() + " characters)";
    }
}
