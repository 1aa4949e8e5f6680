package org.seedeverything.fingerprint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The three hash steps of the format for one algorithm: a leaf digest of a chunk of payload bytes, a node digest of
 * two child digests, and the final digest of header and root. Thread-safe.
 */
abstract class ChunkHasher {
    static ChunkHasher of(FingerprintAlgorithm algorithm) {
        return algorithm == FingerprintAlgorithm.XXH3_128 ? new Xxh3() : new Sha256();
    }

    /** Digest of {@code length} bytes of {@code bytes} from {@code offset}. */
    abstract byte[] digest(byte[] bytes, int offset, int length);

    final byte[] node(byte[] left, byte[] right) {
        byte[] both = new byte[left.length + right.length];
        System.arraycopy(left, 0, both, 0, left.length);
        System.arraycopy(right, 0, both, left.length, right.length);
        return digest(both, 0, both.length);
    }

    final byte[] finish(byte[] header, byte[] root) {
        return node(header, root);
    }

    /**
     * XXH3-128, seed 0 (hash4j, which reads arrays through var handles, never {@code sun.misc.Unsafe}), digest in
     * XXH128's canonical byte order: high 64 bits big-endian, then low 64 bits.
     */
    private static final class Xxh3 extends ChunkHasher {
        private static final Hasher128 XXH128 = Hashing.xxh3_128();

        @Override
        byte[] digest(byte[] bytes, int offset, int length) {
            HashValue128 hash = XXH128.hashBytesTo128Bits(bytes, offset, length);
            byte[] out = new byte[16];
            putBigEndian(out, 0, hash.getMostSignificantBits());
            putBigEndian(out, 8, hash.getLeastSignificantBits());
            return out;
        }

        private static void putBigEndian(byte[] out, int at, long value) {
            for (int i = 0; i < 8; i++) {
                out[at + i] = (byte) (value >>> (56 - 8 * i));
            }
        }
    }

    /** SHA-256 from the JDK. */
    private static final class Sha256 extends ChunkHasher {
        @Override
        byte[] digest(byte[] bytes, int offset, int length) {
            MessageDigest sha = newDigest();
            sha.update(bytes, offset, length);
            return sha.digest();
        }

        private static MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException required) {
                throw new IllegalStateException("Every Java platform must provide SHA-256", required);
            }
        }
    }
}
