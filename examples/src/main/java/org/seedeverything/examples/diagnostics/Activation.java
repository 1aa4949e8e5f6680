package org.seedeverything.examples.diagnostics;

/**
 * The activation of the hidden layers in {@link InitDiagnostics#forward(java.util.List, Activation, long)}.
 *
 * @since 0.1
 */
public enum Activation {
    /** No activation. */
    IDENTITY,
    /** max(0, x); units that output 0 for every input are dead. */
    RELU,
    /** x for x > 0, 0.01 x otherwise. */
    LEAKY_RELU,
    /** Hyperbolic tangent. */
    TANH,
    /** Logistic sigmoid. */
    SIGMOID;

    /** The activation of {@code x}. */
    public double apply(double x) {
        return switch (this) {
            case IDENTITY -> x;
            case RELU -> x > 0 ? x : 0;
            case LEAKY_RELU -> x > 0 ? x : 0.01 * x;
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
        };
    }

    /** The initialiser that suits this activation, for the advice in findings. */
    String recommendedInit() {
        return switch (this) {
            case RELU, LEAKY_RELU -> "kaiming (He) init";
            case TANH, SIGMOID -> "xavier (Glorot) init";
            case IDENTITY -> "xavier or kaiming init";
        };
    }
}
