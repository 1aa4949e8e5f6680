package org.seedeverything.parity.numpy.internal;

/** NumPy's {@code bitgen_t} view of a bit generator: 32- and 64-bit unsigned draws. */
public interface BitSource {
    /** {@code next_uint32}. */
    int nextInt();

    /** {@code next_uint64}. */
    long nextLong();
}
