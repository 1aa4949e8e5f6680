package org.seedeverything.parity.torch;

/**
 * PyTorch release lines whose CPU random algorithms differ. Everything not named here is the same in all lines.
 *
 * @since 0.1
 */
public enum TorchRelease {
    /**
     * PyTorch 1.13 (checked against Debian's 1.13.1 build, both capabilities): element-wise normals use
     * {@code log(1 - u)};
     * {@code randint} draws 64 bits only for ranges of 2^32 or more.
     */
    V1_13,
    /**
     * PyTorch 2.0 to 2.6: element-wise normals (fewer than 16 values, or non-contiguous) use {@code log1p(-u)}.
     * Not checked by this module's tests (the change is recorded from source diffs and libtorch 2.0.1 runs).
     */
    V2_0,
    /**
     * PyTorch 2.7 and later: as {@link #V2_0}, and {@code randint} draws 64 bits for every range of 2^28 or more.
     * Checked against libtorch 2.10.0 in the JVM; later changes (an explicit fma in the float64 block path,
     * {@code trunc_normal_} rewritten in 2.12) are not modelled.
     */
    V2_7
}
