package org.seedeverything.fingerprint;

/** Reads, prints and parses single elements of canonical little-endian bytes, exactly (bit for bit). */
final class ElementCodec {
    private ElementCodec() {
    }

    static long bits(DType dtype, byte[] bytes, int at) {
        long bits = 0;
        for (int i = dtype.byteSize() - 1; i >= 0; i--) {
            bits = bits << 8 | (bytes[at + i] & 0xFF);
        }
        return bits;
    }

    static void putBits(DType dtype, byte[] bytes, int at, long bits) {
        for (int i = 0; i < dtype.byteSize(); i++) {
            bytes[at + i] = (byte) (bits >>> (8 * i));
        }
    }

    /** The element as a double, for statistics (64-bit integers may round). */
    static double toDouble(DType dtype, long bits) {
        return switch (dtype) {
            case BOOL, UINT8, UTF8, BYTES, UINT16, UINT32 -> bits;
            case INT8 -> (byte) bits;
            case INT16 -> (short) bits;
            case INT32 -> (int) bits;
            case INT64 -> bits;
            case UINT64 -> bits >= 0 ? bits : (double) (bits >>> 1) * 2.0 + (bits & 1);
            case FLOAT16 -> halfToFloat((int) bits);
            case BFLOAT16 -> Float.intBitsToFloat((int) bits << 16);
            case FLOAT32 -> Float.intBitsToFloat((int) bits);
            case FLOAT64 -> Double.longBitsToDouble(bits);
        };
    }

    /** Exact text of an element: decimal, or {@code NaN(0x...)} for a NaN other than the canonical one. */
    static String format(DType dtype, long bits) {
        return switch (dtype) {
            case BOOL -> bits == 0 ? "false" : bits == 1 ? "true" : "0x" + Long.toHexString(bits);
            case INT8 -> Byte.toString((byte) bits);
            case INT16 -> Short.toString((short) bits);
            case INT32 -> Integer.toString((int) bits);
            case INT64 -> Long.toString(bits);
            case UINT8, UINT16, UINT32, UTF8, BYTES -> Long.toString(bits);
            case UINT64 -> Long.toUnsignedString(bits);
            case FLOAT16 -> floatText(halfToFloat((int) bits), bits, 0x7E00L);
            case BFLOAT16 -> floatText(Float.intBitsToFloat((int) bits << 16), bits, 0x7FC0L);
            case FLOAT32 -> floatText(Float.intBitsToFloat((int) bits), bits, 0x7FC00000L);
            case FLOAT64 -> {
                double value = Double.longBitsToDouble(bits);
                yield Double.isNaN(value) && bits != 0x7FF8000000000000L
                        ? "NaN(0x" + Long.toHexString(bits) + ")" : Double.toString(value);
            }
        };
    }

    private static String floatText(float value, long bits, long canonicalNaN) {
        if (Float.isNaN(value) && bits != canonicalNaN) {
            return "NaN(0x" + Long.toHexString(bits) + ")";
        }
        return Float.toString(value);
    }

    /**
     * The bits of an element from its {@link #format} text.
     *
     * @throws IllegalArgumentException naming the text and the type
     */
    static long parse(DType dtype, String text) {
        try {
            if (text.startsWith("NaN(0x") && text.endsWith(")")) {
                return Long.parseUnsignedLong(text.substring(6, text.length() - 1), 16);
            }
            return switch (dtype) {
                case BOOL -> text.equals("true") ? 1 : text.equals("false") ? 0 : Long.decode(text);
                case INT8, INT16, INT32, INT64 -> Long.parseLong(text) & mask(dtype);
                case UINT8, UINT16, UINT32, UTF8, BYTES -> Long.parseLong(text);
                case UINT64 -> Long.parseUnsignedLong(text);
                case FLOAT16 -> floatToHalf(Float.parseFloat(text));
                case BFLOAT16 -> Float.floatToRawIntBits(Float.parseFloat(text)) >>> 16;
                case FLOAT32 -> Float.floatToRawIntBits(Float.parseFloat(text)) & 0xFFFFFFFFL;
                case FLOAT64 -> Double.doubleToRawLongBits(Double.parseDouble(text));
            };
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("\"" + text + "\" is not a " + dtype + " value", bad);
        }
    }

    private static long mask(DType dtype) {
        return dtype.byteSize() == 8 ? -1L : (1L << (8 * dtype.byteSize())) - 1;
    }

    static float halfToFloat(int half) {
        int sign = (half >>> 15) & 1;
        int exponent = (half >>> 10) & 0x1F;
        int mantissa = half & 0x3FF;
        float magnitude;
        if (exponent == 0) {
            magnitude = mantissa * 0x1p-24f;
        } else if (exponent == 31) {
            magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY
                    : Float.intBitsToFloat(0x7F800000 | mantissa << 13);
        } else {
            magnitude = Math.scalb(1f + mantissa / 1024f, exponent - 15);
        }
        return sign == 1 ? -magnitude : magnitude;
    }

    /** The half bits of a float that is exactly representable as a half (as printed by {@link #format}). */
    static long floatToHalf(float value) {
        int sign = Float.floatToRawIntBits(value) >>> 31 << 15;
        float magnitude = Math.abs(value);
        if (Float.isNaN(value)) {
            return 0x7E00;
        }
        if (magnitude == 0f) {
            return sign;
        }
        if (Float.isInfinite(magnitude)) {
            return sign | 0x7C00;
        }
        int exponent = Math.getExponent(magnitude);
        if (exponent < -14) {
            return sign | Math.round(magnitude * 0x1p24f);
        }
        int mantissa = Math.round((Math.scalb(magnitude, -exponent) - 1f) * 1024f);
        return sign | (exponent + 15) << 10 | mantissa;
    }
}
