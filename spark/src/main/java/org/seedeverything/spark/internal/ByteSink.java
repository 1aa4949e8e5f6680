package org.seedeverything.spark.internal;

import java.util.Arrays;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/** A growable little-endian byte buffer that one row's canonical encoding is written into; reused row after row. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("One row encodes to more than 2 GiB; SparkFingerprints cannot hash"
                        + " it. Fingerprint a projection without the largest column, or its length.");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    void putByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void putShort(short value) {
        ensure(2);
        bytes[size++] = (byte) value;
        bytes[size++] = (byte) (value >>> 8);
    }

    void putInt(int value) {
        ensure(4);
        for (int shift = 0; shift < 32; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void putLong(long value) {
        ensure(8);
        for (int shift = 0; shift < 64; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** Eight-byte length, then the bytes. */
    void putSizedBytes(byte[] values) {
        putLong(values.length);
        ensure(values.length);
        System.arraycopy(values, 0, bytes, size, values.length);
        size += values.length;
    }

    /** Eight-byte UTF-8 length, then the UTF-8 bytes as Spark stores them (no copy through a String). */
    void putUtf8(UTF8String value) {
        int length = value.numBytes();
        putLong(length);
        ensure(length);
        value.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + size);
        size += length;
    }

    /** Appends {@code length} bytes of {@code from} starting at {@code offset}. */
    void putSlice(byte[] from, int offset, int length) {
        ensure(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }
}
