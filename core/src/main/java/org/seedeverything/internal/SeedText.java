package org.seedeverything.internal;

import java.math.BigInteger;

/** The one printed form of a seed and its parser. */
public final class SeedText {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final String ACCEPTED = "accepted forms: a decimal integer from -9223372036854775808 to"
            + " 18446744073709551615 (values above 9223372036854775807 are read as unsigned 64-bit), or 0x followed"
            + " by 1 to 16 hex digits (optionally with a leading '-'), e.g. 2021, -1, 0x7e5";

    private SeedText() {
    }

    /** Signed decimal: the form the reproduce hints print. */
    public static String format(long seed) {
        return Long.toString(seed);
    }

    /** Parses decimal or 0x hex; see {@link #ACCEPTED}. */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Seed text is null; " + ACCEPTED);
        }
        String trimmed = text.trim().replace("_", "");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Seed text '" + text + "' is empty; " + ACCEPTED);
        }
        boolean negative = trimmed.startsWith("-");
        String body = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        boolean hex = body.startsWith("0x") || body.startsWith("0X");
        try {
            if (hex) {
                String digits = body.substring(2);
                if (digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(SeedText::isHexDigit)) {
                    throw new NumberFormatException();
                }
                long value = Long.parseUnsignedLong(digits, 16);
                return negative ? -value : value;
            }
            if (body.isEmpty() || !body.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            BigInteger value = new BigInteger(body);
            if (negative) {
                value = value.negate();
            }
            if (value.compareTo(MIN) < 0 || value.compareTo(TWO_TO_64) >= 0) {
                throw new NumberFormatException();
            }
            return value.longValue();
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("Cannot read seed '" + text + "'; " + ACCEPTED, bad);
        }
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
