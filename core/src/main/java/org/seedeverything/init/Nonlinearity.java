package org.seedeverything.init;

/**
 * The nonlinearities {@link Init#calculateGain(Nonlinearity, double)} knows, as in PyTorch's
 * {@code torch.nn.init.calculate_gain}.
 *
 * @since 0.1
 */
public enum Nonlinearity {
    /** Linear (identity): gain 1. */
    LINEAR,
    /** 1-d convolution: gain 1. */
    CONV1D,
    /** 2-d convolution: gain 1. */
    CONV2D,
    /** 3-d convolution: gain 1. */
    CONV3D,
    /** 1-d transposed convolution: gain 1. */
    CONV_TRANSPOSE1D,
    /** 2-d transposed convolution: gain 1. */
    CONV_TRANSPOSE2D,
    /** 3-d transposed convolution: gain 1. */
    CONV_TRANSPOSE3D,
    /** Logistic sigmoid: gain 1. */
    SIGMOID,
    /** Hyperbolic tangent: gain 5/3. */
    TANH,
    /** ReLU: gain sqrt(2). */
    RELU,
    /** Leaky ReLU with negative slope {@code param} (default 0.01): gain sqrt(2 / (1 + param^2)). */
    LEAKY_RELU,
    /** SELU: gain 3/4. */
    SELU
}
