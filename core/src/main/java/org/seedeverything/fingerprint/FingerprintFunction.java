package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;

/**
 * A stateless, thread-safe fingerprint function with fixed options (algorithm, NaN rule, parallelism). Obtain one
 * from {@link Fingerprints#function()} or {@link Fingerprints#builder()}.
 *
 * <p>Arrays take a shape in C (row-major) order; with no shape they are vectors of their length. The product of the
 * shape must equal the number of elements. The same values give the same fingerprint from every source (array, heap
 * or direct buffer, raw memory, strided memory); options that do not change the bytes hashed (parallelism) never
 * change the fingerprint.
 *
 * @since 0.1
 */
public sealed interface FingerprintFunction permits DefaultFingerprintFunction {
    /** The fingerprint of {@link DType#FLOAT32} values with a shape (none: a vector). */
    Fingerprint of(float[] data, long... shape);

    /** The fingerprint of {@link DType#FLOAT64} values with a shape (none: a vector). */
    Fingerprint of(double[] data, long... shape);

    /** The fingerprint of {@link DType#INT32} values with a shape (none: a vector). */
    Fingerprint of(int[] data, long... shape);

    /** The fingerprint of {@link DType#INT64} values with a shape (none: a vector). */
    Fingerprint of(long[] data, long... shape);

    /** The fingerprint of {@link DType#INT8} values with a shape (none: a vector). */
    Fingerprint of(byte[] data, long... shape);

    /** The fingerprint of {@link DType#INT16} values with a shape (none: a vector). */
    Fingerprint of(short[] data, long... shape);

    /** The fingerprint of {@link DType#BOOL} values with a shape (none: a vector). */
    Fingerprint of(boolean[] data, long... shape);

    /**
     * The fingerprint of the remaining bytes of {@code buffer} (heap or direct), read as elements of {@code dtype} in
     * the buffer's {@link ByteBuffer#order() byte order}. The buffer's position is left unchanged.
     */
    Fingerprint of(ByteBuffer buffer, DType dtype, long... shape);

    /**
     * The fingerprint of {@code byteLength} bytes of contiguous native memory at {@code address}, elements of
     * {@code dtype} in C order and the platform's byte order. The memory is read one 1 MiB chunk at a time, never
     * copied whole; sizes over 2 GiB are fine. The caller keeps the memory alive and unchanged during the call. On
     * JDK 22+ this goes through the Foreign Function and Memory API: the JVM warns once unless native access is
     * enabled ({@code --enable-native-access=ALL-UNNAMED}); arrays and buffers never need it.
     *
     * @throws IllegalArgumentException when {@code byteLength} is not the shape's element count times the element size
     */
    Fingerprint ofMemory(DType dtype, long[] shape, long address, long byteLength);

    /**
     * The fingerprint of a strided view of native memory (for example an ND4J view): element
     * {@code (i0, i1, ...)} is read at {@code address + (i0 * strides[0] + i1 * strides[1] + ...) * dtype.byteSize()},
     * strides counted in elements, and hashed in C order of the shape. Equals the fingerprint of the same values
     * stored contiguously.
     */
    Fingerprint ofStridedMemory(DType dtype, long[] shape, long[] strides, long address);

    /** The fingerprint of a string's UTF-8 bytes ({@link DType#UTF8}, shape {@code [byte count]}). */
    Fingerprint of(String text);

    /** The fingerprint of one {@link DType#INT64} value (shape {@code []}). */
    Fingerprint of(long value);

    /** The fingerprint of one {@link DType#FLOAT64} value (shape {@code []}). */
    Fingerprint of(double value);

    /** The fingerprint of {@code object} written through {@code funnel} into a {@link #newSink()}. */
    <T> Fingerprint of(T object, Funnel<? super T> funnel);

    /** A new sink with this function's algorithm (and NaN rule for {@code putFloat}/{@code putDouble}). */
    FingerprintSink newSink();

    /** The hash this function uses. */
    FingerprintAlgorithm algorithm();

    /** Whether every NaN is hashed as the one canonical NaN of its type (otherwise NaN payloads count). */
    boolean canonicalizesNaN();
}
