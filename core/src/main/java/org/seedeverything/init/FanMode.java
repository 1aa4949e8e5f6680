package org.seedeverything.init;

/**
 * Which fan the Kaiming initialisers preserve: {@code fan_in} keeps the variance of the forward pass,
 * {@code fan_out} that of the backward pass (PyTorch's {@code mode} argument).
 *
 * @since 0.1
 */
public enum FanMode {
    /** Preserve the magnitude of activations in the forward pass (PyTorch's default). */
    FAN_IN,
    /** Preserve the magnitude of gradients in the backward pass. */
    FAN_OUT
}
