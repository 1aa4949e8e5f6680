/** Internals shared by the PyTorch and NumPy ports (MT19937, glibc and AVX maths); not a public API. */
package org.seedeverything.parity.internal;
