package org.seedeverything.fingerprint;

/** Replaces every NaN in little-endian floating point elements by the canonical quiet NaN of its type. */
final class NanCanonicalizer {
    private NanCanonicalizer() {
    }

    static void canonicalize(DType dtype, byte[] bytes, int offset, int length) {
        switch (dtype) {
            case FLOAT64 -> {
                for (int at = offset; at < offset + length; at += 8) {
                    long bits = getLong(bytes, at);
                    if ((bits & 0x7FF0000000000000L) == 0x7FF0000000000000L && (bits & 0x000FFFFFFFFFFFFFL) != 0) {
                        putLong(bytes, at, 0x7FF8000000000000L);
                    }
                }
            }
            case FLOAT32 -> {
                for (int at = offset; at < offset + length; at += 4) {
                    int bits = (int) getBits(bytes, at, 4);
                    if ((bits & 0x7F800000) == 0x7F800000 && (bits & 0x007FFFFF) != 0) {
                        putBits(bytes, at, 4, 0x7FC00000L);
                    }
                }
            }
            case FLOAT16 -> {
                for (int at = offset; at < offset + length; at += 2) {
                    int bits = (int) getBits(bytes, at, 2);
                    if ((bits & 0x7C00) == 0x7C00 && (bits & 0x03FF) != 0) {
                        putBits(bytes, at, 2, 0x7E00L);
                    }
                }
            }
            case BFLOAT16 -> {
                for (int at = offset; at < offset + length; at += 2) {
                    int bits = (int) getBits(bytes, at, 2);
                    if ((bits & 0x7F80) == 0x7F80 && (bits & 0x007F) != 0) {
                        putBits(bytes, at, 2, 0x7FC0L);
                    }
                }
            }
            default -> {
                // integers and bytes have no NaN
            }
        }
    }

    private static long getLong(byte[] bytes, int at) {
        return getBits(bytes, at, 8);
    }

    private static void putLong(byte[] bytes, int at, long value) {
        putBits(bytes, at, 8, value);
    }

    private static long getBits(byte[] bytes, int at, int size) {
        long bits = 0;
        for (int i = size - 1; i >= 0; i--) {
            bits = bits << 8 | (bytes[at + i] & 0xFF);
        }
        return bits;
    }

    private static void putBits(byte[] bytes, int at, int size, long value) {
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
