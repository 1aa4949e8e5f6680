package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Element values are printed exactly: printing then parsing gives back the same bits. */
class ElementCodecTest {
    private static void assertRoundTrip(DType dtype, long bits) {
        String text = ElementCodec.format(dtype, bits);
        assertEquals(bits, ElementCodec.parse(dtype, text), dtype + " " + text);
    }

    @Test
    @DisplayName("every 16-bit float and bfloat16 pattern round-trips")
    void sixteenBitFloats() {
        for (int bits = 0; bits < 1 << 16; bits++) {
            assertRoundTrip(DType.FLOAT16, bits);
            assertRoundTrip(DType.BFLOAT16, bits);
        }
        assertEquals(1.0f, ElementCodec.halfToFloat(0x3C00));
        assertEquals(-2.0f, ElementCodec.halfToFloat(0xC000));
        assertEquals(0x1p-24f, ElementCodec.halfToFloat(0x0001));
        assertEquals(65504f, ElementCodec.halfToFloat(0x7BFF));
    }

    @Test
    @DisplayName("edge values of the other types round-trip")
    void otherTypes() {
        long[] floatBits = {0, 0x80000000L, 0x7FC00000L, 0x7FC00001L, 0xFF800001L, 0x7F800000L, 1, 0x3DCCCCCDL};
        for (long bits : floatBits) {
            assertRoundTrip(DType.FLOAT32, bits);
        }
        long[] doubleBits = {0, Long.MIN_VALUE, 0x7FF8000000000000L, 0x7FF0000000000001L, 1, 0x3FB999999999999AL};
        for (long bits : doubleBits) {
            assertRoundTrip(DType.FLOAT64, bits);
        }
        for (long bits : new long[] {0, 1, 0x7F, 0x80, 0xFF}) {
            assertRoundTrip(DType.INT8, bits);
            assertRoundTrip(DType.UINT8, bits);
        }
        for (long bits : new long[] {0, -1L, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertRoundTrip(DType.INT64, bits);
            assertRoundTrip(DType.UINT64, bits);
        }
        assertRoundTrip(DType.INT32, 0xFFFFFFFFL);
        assertRoundTrip(DType.UINT32, 0xFFFFFFFFL);
        assertRoundTrip(DType.INT16, 0x8000L);
        assertRoundTrip(DType.BOOL, 1);
        assertEquals("-1", ElementCodec.format(DType.INT32, 0xFFFFFFFFL));
        assertEquals("4294967295", ElementCodec.format(DType.UINT32, 0xFFFFFFFFL));
        assertEquals("18446744073709551615", ElementCodec.format(DType.UINT64, -1L));
    }
}
