package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;

/**
 * A stateful, single-use fingerprint builder: values are appended as little-endian bytes and
 * {@link #fingerprint()} closes the sink. The result is the fingerprint of the byte stream with element type
 * {@link DType#BYTES} and shape {@code [byte count]}, so only the bytes count: {@code putInt(1)} equals
 * {@code putBytes(new byte[] {1, 0, 0, 0})}. Obtain one from {@link FingerprintFunction#newSink()}; not thread-safe.
 *
 * @since 0.1
 */
public sealed interface FingerprintSink permits StreamingSink {
    /** Appends one byte. */
    FingerprintSink putByte(byte value);

    /** Appends bytes. */
    FingerprintSink putBytes(byte[] values);

    /** Appends {@code length} bytes of {@code values} from {@code offset}. */
    FingerprintSink putBytes(byte[] values, int offset, int length);

    /** Appends the remaining bytes of {@code buffer} (its position is left unchanged). */
    FingerprintSink putBytes(ByteBuffer buffer);

    /** Appends 1 for true, 0 for false (one byte). */
    FingerprintSink putBoolean(boolean value);

    /** Appends two bytes, little-endian. */
    FingerprintSink putShort(short value);

    /** Appends two bytes, little-endian. */
    FingerprintSink putChar(char value);

    /** Appends four bytes, little-endian. */
    FingerprintSink putInt(int value);

    /** Appends eight bytes, little-endian. */
    FingerprintSink putLong(long value);

    /** Appends the four bytes of {@link Float#floatToRawIntBits(float)} (bitwise: -0.0 and NaN payloads count). */
    FingerprintSink putFloat(float value);

    /** Appends the eight bytes of {@link Double#doubleToRawLongBits(double)}. */
    FingerprintSink putDouble(double value);

    /**
     * Appends the UTF-8 byte count as eight little-endian bytes, then the UTF-8 bytes, so that
     * {@code putString("ab").putString("c")} differs from {@code putString("a").putString("bc")}.
     */
    FingerprintSink putString(CharSequence value);

    /** Appends {@code value} through {@code funnel}. */
    <T> FingerprintSink putObject(T value, Funnel<? super T> funnel);

    /** Number of bytes appended so far. */
    long byteCount();

    /**
     * The fingerprint of everything appended; the sink cannot be used afterwards.
     *
     * @throws IllegalStateException when called twice
     */
    Fingerprint fingerprint();
}
