/** Internals of the NumPy port (PCG64, ziggurat, bounded integers); not a public API. */
package org.seedeverything.parity.numpy.internal;
