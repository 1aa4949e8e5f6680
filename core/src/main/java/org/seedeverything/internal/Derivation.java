package org.seedeverything.internal;

import java.nio.charset.StandardCharsets;

/**
 * The derivation promise: a child seed is a pure function of (master, name, path).
 *
 * <p>The master is NumPy {@code SeedSequence} run entropy read as an unsigned 64-bit integer (two words, low
 * first). The spawn key is a fixed encoding of the name and the path, every element one unsigned 32-bit word:
 * <pre>
 *   [ DOMAIN_V1, byteLength(utf8(name)), utf8(name) packed 4 bytes a word little-endian and zero padded,
 *     path.length, low32(path[0]), high32(path[0]), low32(path[1]), ... ]
 * </pre>
 * The length prefixes make the encoding injective: no two (name, path) pairs give the same key. See
 * {@code src/docs/derivation.md} for the specification and {@code scripts/derivation_vectors.py} for the
 * independent Python route.
 */
public final class Derivation {
    /** "SEv1" in ASCII: a domain tag that versions the encoding. */
    public static final int DOMAIN_V1 = 0x53457631;

    private Derivation() {
    }

    /** The seed sequence for (master, name, path). */
    public static SeedSequence sequence(long master, String name, long... path) {
        int[] entropy = assemble(master, name, path);
        return SeedSequence.ofAssembled(entropy, entropy.length);
    }

    /** A 64-bit child seed: the first {@code uint64} word of the sequence's generated state. */
    public static long derive(long master, String name, long... path) {
        return sequence(master, name, path).firstLong();
    }

    /** Run entropy padded to the pool size, then the spawn key, in one array (NumPy's assembled entropy). */
    private static int[] assemble(long master, String name, long[] path) {
        int[] key = spawnKey(name, path, 4);
        key[0] = (int) master;
        key[1] = (int) (master >>> 32);
        return key;
    }

    /** {@code count} 64-bit words of native generator state for (master, name, path). */
    public static long[] state(long master, int count, String name, long... path) {
        return sequence(master, name, path).generateLongs(count);
    }

    /** The spawn key words for (name, path), as documented on this class. */
    public static int[] spawnKey(String name, long... path) {
        return spawnKey(name, path, 0);
    }

    private static int[] spawnKey(String name, long[] path, int offset) {
        if (name == null) {
            throw new IllegalArgumentException("A stream name is required, got null; use a short stable name such as \"dropout\"");
        }
        if (path == null) {
            throw new IllegalArgumentException("The path of stream \"" + name + "\" is null; pass no path or long values");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int nameWords = (bytes.length + 3) / 4;
        int[] key = new int[offset + 1 + 1 + nameWords + 1 + 2 * path.length];
        int at = offset;
        key[at++] = DOMAIN_V1;
        key[at++] = bytes.length;
        for (int i = 0; i < bytes.length; i++) {
            key[at + (i >> 2)] |= (bytes[i] & 0xff) << ((i & 3) << 3);
        }
        at += nameWords;
        key[at++] = path.length;
        for (long element : path) {
            key[at++] = (int) element;
            key[at++] = (int) (element >>> 32);
        }
        return key;
    }
}
