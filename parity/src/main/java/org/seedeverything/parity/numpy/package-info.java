/**
 * NumPy's legacy {@code RandomState} and its {@code Generator} on PCG64, bit for bit: {@link
 * org.seedeverything.parity.numpy.NumpyRandomState}, {@link org.seedeverything.parity.numpy.NumpyGenerator}. See
 * {@code src/docs/parity.md}.
 */
package org.seedeverything.parity.numpy;
