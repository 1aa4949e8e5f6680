package org.seedeverything.parity.internal;

/** The size check shared by the samplers. */
public final class Sizes {
    private Sizes() {
    }

    /** Returns {@code n}, or throws naming it when it is negative. */
    public static int checkSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A size must be non-negative, got " + n);
        }
        return n;
    }
}
