package org.seedeverything.fingerprint;

import java.util.Arrays;

/** Checks shapes against element counts and formats them for messages. */
final class Shapes {
    private Shapes() {
    }

    /** {@code shape} (empty: a vector of {@code length}) after checking it describes {@code length} elements. */
    static long[] checked(long[] shape, long length, String source) {
        if (shape == null || shape.length == 0) {
            return new long[] {length};
        }
        long[] copy = checkedShape(shape);
        long count = elementCount(copy);
        if (count != length) {
            throw new IllegalArgumentException("Shape " + format(copy) + " has " + count + " elements but the "
                    + source + " has " + length + "; pass a shape whose product is the element count, or none for"
                    + " a vector");
        }
        return copy;
    }

    /** Like {@link #checked} for {@code byteLength} bytes of {@code dtype} elements. */
    static long[] checkedBytes(long[] shape, long byteLength, DType dtype, String source) {
        if (byteLength % dtype.byteSize() != 0) {
            throw new IllegalArgumentException("The " + source + " holds " + byteLength + " bytes, not a whole"
                    + " number of " + dtype + " elements of " + dtype.byteSize() + " bytes");
        }
        return checked(shape, byteLength / dtype.byteSize(), source + " of " + dtype);
    }

    /** Like {@link #checkedBytes} but the shape is required (raw memory has no natural length). */
    static long[] checkedMemory(long[] shape, long byteLength, DType dtype) {
        if (shape == null) {
            throw new IllegalArgumentException("Memory needs a shape; pass new long[] {n} for n elements");
        }
        if (byteLength < 0) {
            throw new IllegalArgumentException("Byte length " + byteLength + " is negative");
        }
        long[] copy = checkedShape(shape);
        long count = elementCount(copy);
        long expected;
        try {
            expected = Math.multiplyExact(count, dtype.byteSize());
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("Shape " + format(copy) + " of " + dtype + " is too large");
        }
        if (expected != byteLength) {
            throw new IllegalArgumentException("Shape " + format(copy) + " of " + dtype + " needs " + expected
                    + " bytes but the byte length is " + byteLength);
        }
        return copy;
    }

    /** A copy of {@code shape} after checking it has no negative dimension and a product that fits a long. */
    static long[] checkedShape(long[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("The shape is null; pass new long[0] for a scalar");
        }
        long[] copy = shape.clone();
        for (long dimension : copy) {
            if (dimension < 0) {
                throw new IllegalArgumentException("Shape " + format(copy) + " has a negative dimension " + dimension);
            }
        }
        elementCount(copy);
        return copy;
    }

    static long elementCount(long[] shape) {
        long count = 1;
        for (long dimension : shape) {
            try {
                count = Math.multiplyExact(count, dimension);
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("Shape " + format(shape) + " has more than 2^63 elements");
            }
        }
        return count;
    }

    static String format(long[] shape) {
        return shape == null ? "null" : Arrays.toString(shape);
    }
}
