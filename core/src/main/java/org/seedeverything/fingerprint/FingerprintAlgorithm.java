package org.seedeverything.fingerprint;

/**
 * The hash behind a {@link Fingerprint}. Its {@link #code()} and {@link #label()} are part of the fingerprint format
 * and never change.
 *
 * @since 0.1
 */
public enum FingerprintAlgorithm {
    /**
     * XXH3 with 128-bit output, seed 0 (the reference XXH3-128, computed by hash4j's {@code Hashing.xxh3_128()});
     * fast and non-cryptographic. The default.
     */
    XXH3_128(1, "xxh128", 16),
    /** SHA-256 (the JDK's {@code MessageDigest}); slower, for when an adversary may craft inputs. */
    SHA_256(2, "sha256", 32);

    private final int code;
    private final String label;
    private final int digestBytes;

    FingerprintAlgorithm(int code, String label, int digestBytes) {
        this.code = code;
        this.label = label;
        this.digestBytes = digestBytes;
    }

    /** The one-byte code of this algorithm in the fingerprint header. */
    public int code() {
        return code;
    }

    /** The name of this algorithm in the text form, e.g. {@code xxh128} in {@code fp1:xxh128:...}. */
    public String label() {
        return label;
    }

    /** Bytes in a digest of this algorithm (16 or 32). */
    public int digestBytes() {
        return digestBytes;
    }

    static FingerprintAlgorithm ofLabel(String label) {
        for (FingerprintAlgorithm algorithm : values()) {
            if (algorithm.label.equals(label)) {
                return algorithm;
            }
        }
        return null;
    }
}
