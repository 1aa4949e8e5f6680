package org.seedeverything.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Mixing states after (master, name, path length), so that a loop over indices mixes only the path. */
    private static final Map<PrefixKey, SeedSequence.Partial> PREFIXES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_PREFIXES = 4096;

    /** The most recent prefix: loops over one name's indices skip even the map lookup. */
    private static volatile CachedPrefix last;

    private record PrefixKey(long master, String name, int pathLength) {
    }

    private record CachedPrefix(long master, String name, int pathLength, SeedSequence.Partial partial) {
    }

    /** The seed sequence for (master, name, path). */
    public static SeedSequence sequence(long master, String name, long... path) {
        requireName(name, path);
        CachedPrefix recent = last;
        if (recent != null && recent.master() == master && recent.pathLength() == path.length
                && recent.name().equals(name)) {
            return recent.partial().extend(path);
        }
        PrefixKey key = new PrefixKey(master, name, path.length);
        SeedSequence.Partial prefix = PREFIXES.get(key);
        if (prefix == null) {
            int[] entropy = assemble(master, name, new long[0]);
            entropy[entropy.length - 1] = path.length;
            prefix = SeedSequence.prefix(entropy, entropy.length);
            if (PREFIXES.size() >= MAX_CACHED_PREFIXES) {
                PREFIXES.clear();
            }
            PREFIXES.put(key, prefix);
        }
        last = new CachedPrefix(master, name, path.length, prefix);
        return prefix.extend(path);
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

    private static String requireName(String name, long[] path) {
        if (name == null) {
            throw new IllegalArgumentException("A stream name is required, got null; use a short stable name such as \"dropout\"");
        }
        if (path == null) {
            throw new IllegalArgumentException("The path of stream \"" + name + "\" is null; pass no path or long values");
        }
        return name;
    }

    private static int[] spawnKey(String name, long[] path, int offset) {
        requireName(name, path);
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
