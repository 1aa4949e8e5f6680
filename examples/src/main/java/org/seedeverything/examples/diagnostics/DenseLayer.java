package org.seedeverything.examples.diagnostics;

/**
 * A fully connected layer for {@link InitDiagnostics}: {@code y = W x + b} with the weight in PyTorch's
 * {@code nn.Linear} layout, {@code [outputs, inputs]} row-major (one row per unit).
 *
 * @param name    how findings refer to the layer, e.g. {@code "layer 1"}
 * @param inputs  number of inputs
 * @param outputs number of units
 * @param weight  {@code outputs * inputs} values, row {@code o} holds unit o's incoming weights
 * @param bias    {@code outputs} values
 * @since 0.1
 */
public record DenseLayer(String name, int inputs, int outputs, float[] weight, float[] bias) {
    /** Checks that the arrays fit the sizes. */
    public DenseLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A layer needs a name for the findings, e.g. \"layer 1\"");
        }
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException(name + ": sizes " + inputs + " -> " + outputs + " must be positive");
        }
        if (weight == null || weight.length != (long) inputs * outputs) {
            throw new IllegalArgumentException(name + ": the weight has " + (weight == null ? "no" : weight.length)
                    + " values but " + outputs + " x " + inputs + " = " + ((long) inputs * outputs)
                    + " are needed ([outputs, inputs] row-major, as nn.Linear)");
        }
        if (bias == null || bias.length != outputs) {
            throw new IllegalArgumentException(name + ": the bias has " + (bias == null ? "no" : bias.length)
                    + " values but the layer has " + outputs + " units");
        }
    }

    /** The weight's shape, {@code [outputs, inputs]}. */
    public long[] weightShape() {
        return new long[] {outputs, inputs};
    }
}
