package org.seedeverything.examples.diagnostics;

/**
 * One problem {@link InitDiagnostics} found, as a plain sentence that names the layer or tensor, what is wrong and
 * what to do.
 *
 * @param subject  the layer or tensor, e.g. {@code "layer 2"}
 * @param kind     what kind of problem
 * @param sentence the whole finding, e.g. "layer 2: all 256 units are identical: the weights are symmetric; use
 *                 xavier or kaiming init"
 * @since 0.1
 */
public record Finding(String subject, Kind kind, String sentence) {
    /** The kinds of problems the diagnostics know. */
    public enum Kind {
        /** NaN or infinite values. */
        NOT_FINITE,
        /** Every weight is 0. */
        ALL_ZERO,
        /** Every weight has the same non-zero value. */
        CONSTANT,
        /** Some or all units (rows, filters) are identical, so they get identical gradients. */
        SYMMETRIC,
        /** The measured standard deviation is far from the scheme's. */
        UNEXPECTED_STD,
        /** ReLU units that output 0 for every probe input. */
        DEAD_UNITS,
        /** The activations shrink towards 0. */
        VANISHING,
        /** The activations blow up. */
        EXPLODING
    }

    @Override
    public String toString() {
        return sentence;
    }
}
