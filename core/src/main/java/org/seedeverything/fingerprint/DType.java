package org.seedeverything.fingerprint;

/**
 * The element type of fingerprinted content. Its {@link #code()} is part of the fingerprint format (see
 * {@code src/docs/fingerprint-format.md}) and never changes: the same values with another element type give another
 * fingerprint.
 *
 * <p>Elements are hashed as their little-endian bytes; {@link #BOOL} as one byte, 0 or 1.
 *
 * @since 0.1
 */
public enum DType {
    /** Booleans, one byte each: 0 for false, 1 for true. */
    BOOL(1, 1),
    /** Signed 8-bit integers ({@code byte}). */
    INT8(2, 1),
    /** Unsigned 8-bit integers. */
    UINT8(3, 1),
    /** Signed 16-bit integers ({@code short}). */
    INT16(4, 2),
    /** Unsigned 16-bit integers ({@code char}). */
    UINT16(5, 2),
    /** Signed 32-bit integers ({@code int}). */
    INT32(6, 4),
    /** Unsigned 32-bit integers. */
    UINT32(7, 4),
    /** Signed 64-bit integers ({@code long}). */
    INT64(8, 8),
    /** Unsigned 64-bit integers. */
    UINT64(9, 8),
    /** IEEE 754 binary16 ("half"). */
    FLOAT16(10, 2),
    /** bfloat16: the upper 16 bits of an IEEE 754 binary32. */
    BFLOAT16(11, 2),
    /** IEEE 754 binary32 ({@code float}). */
    FLOAT32(12, 4),
    /** IEEE 754 binary64 ({@code double}). */
    FLOAT64(13, 8),
    /** The UTF-8 bytes of a string; the shape is {@code [byte count]}. */
    UTF8(14, 1),
    /** An opaque byte stream written to a {@link FingerprintSink}; the shape is {@code [byte count]}. */
    BYTES(15, 1);

    private final int code;
    private final int byteSize;

    DType(int code, int byteSize) {
        this.code = code;
        this.byteSize = byteSize;
    }

    /** The one-byte code of this type in the fingerprint format. */
    public int code() {
        return code;
    }

    /** Bytes per element. */
    public int byteSize() {
        return byteSize;
    }

    /** Whether elements are IEEE 754 style floating point numbers (with NaN and signed zero). */
    public boolean isFloatingPoint() {
        return this == FLOAT16 || this == BFLOAT16 || this == FLOAT32 || this == FLOAT64;
    }
}
