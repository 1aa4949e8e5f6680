package org.seedeverything.parity.torch;

/**
 * Which copy of PyTorch's CPU kernels to imitate. PyTorch compiles its distribution kernels once per CPU
 * capability and picks one at start-up ({@code ATEN_CPU_CAPABILITY} overrides the choice). The copies give
 * different float32 {@code randn} values (polynomial maths instead of libm) and different {@code uniform_}
 * values (fused multiply-add).
 *
 * @since 0.1
 */
public enum CpuCapability {
    /** The portable kernels ({@code ATEN_CPU_CAPABILITY=default}): glibc {@code logf/sinf/cosf}, no fused steps. */
    DEFAULT,
    /**
     * The AVX2 kernels, used on any x86-64 CPU with AVX2 and FMA. AVX-512 machines give the same results: the random
     * kernels have no AVX-512 copy and fall back to the AVX2 one.
     */
    AVX2
}
