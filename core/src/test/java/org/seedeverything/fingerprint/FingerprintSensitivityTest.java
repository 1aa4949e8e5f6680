package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A different element type, shape or bit pattern gives a different fingerprint. */
class FingerprintSensitivityTest {
    @Test
    @DisplayName("the same bytes as another element type differ")
    void elementType() {
        float[] floats = {1.5f, -2f};
        ByteBuffer bytes = ByteBuffer.allocate(8);
        bytes.putFloat(1.5f).putFloat(-2f).flip();
        assertNotEquals(Fingerprints.of(floats), Fingerprints.of(bytes, DType.INT32));
        assertNotEquals(Fingerprints.of(floats), Fingerprints.of(bytes, DType.UINT32));
        assertNotEquals(Fingerprints.of(new byte[] {1, 2}), Fingerprints.of(ByteBuffer.wrap(new byte[] {1, 2}),
                DType.UINT8));
        assertNotEquals(Fingerprints.of("ab"), Fingerprints.of(ByteBuffer.wrap(new byte[] {'a', 'b'}), DType.BYTES));
    }

    @Test
    @DisplayName("the same values in another shape differ, including empty shapes")
    void shape() {
        float[] six = FingerprintGoldenTest.sixFloats();
        assertNotEquals(Fingerprints.of(six, 2, 3), Fingerprints.of(six, 3, 2));
        assertNotEquals(Fingerprints.of(six, 2, 3), Fingerprints.of(six, 6));
        assertNotEquals(Fingerprints.of(six, 6), Fingerprints.of(six, 1, 6));
        assertNotEquals(Fingerprints.of(new float[0], 0, 3), Fingerprints.of(new float[0], 3, 0));
        assertNotEquals(Fingerprints.of(5L), Fingerprints.of(new long[] {5}));
    }

    @Test
    @DisplayName("-0.0 and 0.0 always differ; NaN payloads differ unless canonicalised")
    void signedZeroAndNaN() {
        FingerprintFunction canonical = Fingerprints.builder().canonicalizeNaN(true).build();
        assertNotEquals(Fingerprints.of(new double[] {0.0}), Fingerprints.of(new double[] {-0.0}));
        assertNotEquals(canonical.of(new double[] {0.0}), canonical.of(new double[] {-0.0}));
        float quiet = Float.intBitsToFloat(0x7FC00000);
        float payload = Float.intBitsToFloat(0x7FC00001);
        float signalling = Float.intBitsToFloat(0xFF800001);
        assertNotEquals(Fingerprints.of(new float[] {quiet}), Fingerprints.of(new float[] {payload}));
        assertEquals(canonical.of(new float[] {quiet}), canonical.of(new float[] {payload}));
        assertEquals(canonical.of(new float[] {quiet}), canonical.of(new float[] {signalling}));
        assertEquals(Fingerprints.of(new float[] {quiet}), canonical.of(new float[] {payload}),
                "canonicalising maps every NaN to the one the default function hashes for Float.NaN");
    }

    @Test
    @DisplayName("canonicalising NaN changes nothing for values without NaN, from any source")
    void canonicalWithoutNaN() {
        FingerprintFunction canonical = Fingerprints.builder().canonicalizeNaN(true).build();
        float[] ramp = FingerprintGoldenTest.ramp(3 << 18);
        assertEquals(Fingerprints.of(ramp), canonical.of(ramp));
        short[] halves = {0x3C00, (short) 0x7E01, (short) 0xFC01};
        ByteBuffer half = ByteBuffer.allocate(6);
        for (short value : halves) {
            half.putShort(value);
        }
        ByteBuffer canonicalHalf = ByteBuffer.allocate(6).putShort((short) 0x3C00).putShort((short) 0x7E00)
                .putShort((short) 0x7E00);
        assertEquals(Fingerprints.of(canonicalHalf.flip(), DType.FLOAT16), canonical.of(half.flip(), DType.FLOAT16));
    }

    @Test
    @DisplayName("SHA-256 and XXH3 fingerprints of the same values are different values")
    void algorithms() {
        FingerprintFunction sha = Fingerprints.builder().algorithm(FingerprintAlgorithm.SHA_256).build();
        Fingerprint fast = Fingerprints.of(new int[] {1});
        Fingerprint secure = sha.of(new int[] {1});
        assertNotEquals(fast, secure);
        assertEquals(128, fast.bits());
        assertEquals(256, secure.bits());
    }
}
