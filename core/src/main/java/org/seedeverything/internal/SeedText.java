package org.seedeverything.internal;

import java.math.BigInteger;

/** The one printed form of a seed and its parser; the grammar is documented on {@code Seeds.parse}. */
public final class SeedText {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final int MAX_HEX_DIGITS = 16;
    /** 2^64-1 has 20 decimal digits. */
    private static final int MAX_DECIMAL_DIGITS = 20;
    private static final String ACCEPTED = "accepted forms: a decimal integer from -9223372036854775808 to"
            + " 18446744073709551615 (values above 9223372036854775807 are read as unsigned 64-bit), or 0x followed"
            + " by 1 to 16 hex digits (with a leading '-' down to -0x8000000000000000); '_' only between digits;"
            + " e.g. 2021, -1, 2_021, 0x7e5";

    private SeedText() {
    }

    /** Signed decimal: the form the reproduce hints print. */
    public static String format(long seed) {
        return Long.toString(seed);
    }

    /** Parses decimal or 0x hex, as documented on {@code Seeds.parse}. */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Seed text is null; " + ACCEPTED);
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Seed text '" + Echo.of(text) + "' is empty; " + ACCEPTED);
        }
        boolean negative = trimmed.startsWith("-");
        String body = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        boolean hex = body.startsWith("0x") || body.startsWith("0X");
        int radix = hex ? 16 : 10;
        String digits = digitsWithoutSeparators(hex ? body.substring(2) : body, radix);
        if (digits == null || (hex && digits.length() > MAX_HEX_DIGITS)) {
            throw new IllegalArgumentException("Cannot read seed '" + Echo.of(text) + "'; " + ACCEPTED);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (!hex && significant.length() > MAX_DECIMAL_DIGITS) {
            // A long run of digits is out of range whatever it says; do not make BigInteger read it all.
            throw new IllegalArgumentException("Seed '" + Echo.of(text) + "' is out of range; " + ACCEPTED);
        }
        BigInteger value = new BigInteger(significant, radix);
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(TWO_TO_64) >= 0) {
            throw new IllegalArgumentException("Seed '" + Echo.of(text) + "' is out of range; " + ACCEPTED);
        }
        return value.longValue();
    }

    /** The ASCII digits of {@code radix} with single underscores between them removed; null if anything else. */
    private static String digitsWithoutSeparators(String text, int radix) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                boolean between = i > 0 && i < text.length() - 1 && isDigit(text.charAt(i - 1), radix)
                        && isDigit(text.charAt(i + 1), radix);
                if (!between) {
                    return null;
                }
            } else if (isDigit(c, radix)) {
                digits.append(c);
            } else {
                return null;
            }
        }
        return digits.length() == 0 ? null : digits.toString();
    }

    private static boolean isDigit(char c, int radix) {
        return (c >= '0' && c <= '9') || (radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }
}
