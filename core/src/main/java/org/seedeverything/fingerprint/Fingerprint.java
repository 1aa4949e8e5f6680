package org.seedeverything.fingerprint;

import java.util.Arrays;

/**
 * An immutable fingerprint: the digest of a value's element type, shape and contents (see
 * {@code src/docs/fingerprint-format.md}).
 *
 * <p>The text form is {@code fp1:<algorithm>:<hex digest>}, for example
 * {@code fp1:xxh128:0123456789abcdef0123456789abcdef} (128 bits) or {@code fp1:sha256:} followed by 64 hex digits;
 * {@link #parse(String)} reads it back. Two fingerprints are equal when algorithm and digest are equal.
 *
 * @since 0.1
 */
public final class Fingerprint {
    /** The format version written before every fingerprint's text: {@value}. */
    public static final String VERSION_PREFIX = "fp1";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final int QUOTED_CHARACTERS = 100;

    private final FingerprintAlgorithm algorithm;
    private final byte[] digest;

    private Fingerprint(FingerprintAlgorithm algorithm, byte[] digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /**
     * A fingerprint from its algorithm and digest bytes (copied).
     *
     * @throws IllegalArgumentException when the digest length does not match the algorithm
     */
    public static Fingerprint of(FingerprintAlgorithm algorithm, byte[] digest) {
        if (digest.length != algorithm.digestBytes()) {
            throw new IllegalArgumentException("A " + algorithm + " digest has " + algorithm.digestBytes()
                    + " bytes, not " + digest.length);
        }
        return new Fingerprint(algorithm, digest.clone());
    }

    static Fingerprint wrap(FingerprintAlgorithm algorithm, byte[] digest) {
        return new Fingerprint(algorithm, digest);
    }

    /**
     * Reads the text form written by {@link #toString()}, and nothing else: {@code fp1:}, the algorithm label, a
     * colon and the ASCII hex digits (either case). No whitespace, no other Unicode digits.
     *
     * @throws IllegalArgumentException naming the text (its start, when long) and the expected form
     */
    public static Fingerprint parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Not a fingerprint: null; " + expectedForm());
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION_PREFIX)) {
            throw new IllegalArgumentException("Not a fingerprint: " + quoted(text) + "; " + expectedForm());
        }
        FingerprintAlgorithm algorithm = FingerprintAlgorithm.ofLabel(parts[1]);
        if (algorithm == null) {
            throw new IllegalArgumentException("Not a fingerprint: " + quoted(text) + " names an unknown algorithm "
                    + quoted(parts[1]) + "; " + expectedForm());
        }
        String hex = parts[2];
        if (hex.length() != 2 * algorithm.digestBytes()) {
            throw new IllegalArgumentException("Not a fingerprint: " + quoted(text) + " has " + hex.length()
                    + " characters after the algorithm where " + algorithm.label() + " needs "
                    + 2 * algorithm.digestBytes() + " hex digits; " + expectedForm());
        }
        byte[] digest = new byte[algorithm.digestBytes()];
        for (int i = 0; i < digest.length; i++) {
            int high = hexDigit(hex.charAt(2 * i));
            int low = hexDigit(hex.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("Not a fingerprint: " + quoted(text) + " has a character other"
                        + " than 0-9, a-f, A-F in its digest; " + expectedForm());
            }
            digest[i] = (byte) (high << 4 | low);
        }
        return new Fingerprint(algorithm, digest);
    }

    /** The value of an ASCII hex digit, or -1 (unlike {@link Character#digit}, which also takes other scripts). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The text in quotes, cut after {@value #QUOTED_CHARACTERS} characters so a huge bad value stays readable. */
    private static String quoted(String text) {
        if (text.length() <= QUOTED_CHARACTERS) {
            return "\"" + text + "\"";
        }
        return "\"" + text.substring(0, QUOTED_CHARACTERS) + "...\" (" + text.length() + " characters)";
    }

    private static String expectedForm() {
        return "expected fp1:xxh128: followed by 32 hex digits, or fp1:sha256: followed by 64 hex digits";
    }

    /** The hash that made this fingerprint. */
    public FingerprintAlgorithm algorithm() {
        return algorithm;
    }

    /** The digest bytes (a copy), in the order they are printed. */
    public byte[] toBytes() {
        return digest.clone();
    }

    /** Number of bits in the digest (128 or 256). */
    public int bits() {
        return digest.length * 8;
    }

    /** The digest as lower-case hex, without prefix. */
    public String hex() {
        char[] out = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && algorithm == that.algorithm && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return (digest[0] & 0xFF) << 24 | (digest[1] & 0xFF) << 16 | (digest[2] & 0xFF) << 8 | (digest[3] & 0xFF);
    }

    /** {@code fp1:<algorithm label>:<hex digest>}. */
    @Override
    public String toString() {
        return VERSION_PREFIX + ":" + algorithm.label() + ":" + hex();
    }
}
