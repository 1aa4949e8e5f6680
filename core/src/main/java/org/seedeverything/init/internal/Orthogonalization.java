package org.seedeverything.init.internal;

/**
 * Gram-Schmidt orthonormalisation of vectors stored one after another, with a second pass ("twice is enough") for
 * accuracy, single-threaded in a fixed order so the result is deterministic.
 *
 * <p>Treating the vectors as the columns of a matrix A, the result is the Q of the thin decomposition A = QR in
 * which R has a positive diagonal; that Q is unique. PyTorch's {@code orthogonal_} reaches the same Q by
 * Householder QR followed by multiplying the columns with the signs of R's diagonal.
 */
public final class Orthogonalization {
    private Orthogonalization() {
    }

    /**
     * Orthonormalises {@code count} vectors of {@code length} elements stored contiguously in {@code vectors}
     * (vector k at offset {@code k * length}), in place; needs {@code count <= length}.
     */
    public static void orthonormalize(double[] vectors, int count, int length) {
        if (count > length) {
            throw new IllegalArgumentException(count + " vectors of length " + length
                    + " cannot be orthonormal; need count <= length");
        }
        for (int j = 0; j < count; j++) {
            int at = j * length;
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    int previous = k * length;
                    double dot = 0;
                    for (int r = 0; r < length; r++) {
                        dot += vectors[previous + r] * vectors[at + r];
                    }
                    for (int r = 0; r < length; r++) {
                        vectors[at + r] -= dot * vectors[previous + r];
                    }
                }
            }
            double norm = 0;
            for (int r = 0; r < length; r++) {
                norm += vectors[at + r] * vectors[at + r];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                throw new IllegalStateException("Vector " + j + " is linearly dependent on the previous ones");
            }
            for (int r = 0; r < length; r++) {
                vectors[at + r] /= norm;
            }
        }
    }
}
