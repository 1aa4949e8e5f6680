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

    private record CachedPrefix(PrefixKey key, SeedSequence.Partial partial) {
    }

    /** The seed sequence for (master, name, path). */
    public static SeedSequence sequence(long master, String name, long... path) {
        requireName(name, path);
        PrefixKey key = new PrefixKey(master, name, path.length);
        CachedPrefix recent = last;
        if (recent != null && recent.key().equals(key)) {
            return recent.partial().extend(path);
        }
        SeedSequence.Partial prefix = PREFIXES.get(key);
        if (prefix == null) {
            int[] entropy = prefixEntropy(master, name, path.length);
            prefix = SeedSequence.prefix(entropy, entropy.length);
            if (PREFIXES.size() >= MAX_CACHED_PREFIXES) {
                PREFIXES.clear();
            }
            PREFIXES.put(key, prefix);
        }
        last = new CachedPrefix(key, prefix);
        return prefix.extend(path);
    }

    /** A 64-bit child seed: the first {@code uint64} word of the sequence's generated state. */
    public static long derive(long master, String name, long... path) {
        return sequence(master, name, path).firstLong();
    }

    /** {@code count} 64-bit words of native generator state for (master, name, path). */
    public static long[] state(long master, int count, String name, long... path) {
        return sequence(master, name, path).generateLongs(count);
    }

    private static String requireName(String name, long[] path) {
        if (name == null) {
            throw new IllegalArgumentException("A stream name is required, got null; use a short stable name such as \"dropout\"");
        }
        if (path == null) {
            throw new IllegalArgumentException("The path of stream \"" + Echo.of(name) + "\" is null; pass no path or long values");
        }
        return name;
    }

    /**
     * NumPy's assembled entropy up to the path elements: the master's two words padded with zeros to the pool size,
     * then the spawn key as documented on this class up to and including {@code path.length}. The path elements'
     * words follow in {@link SeedSequence.Partial#extend(long[])}.
     */
    private static int[] prefixEntropy(long master, String name, int pathLength) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int nameWords = (bytes.length + 3) / 4;
        int[] entropy = new int[4 + 1 + 1 + nameWords + 1];
        entropy[0] = (int) master;
        entropy[1] = (int) (master >>> 32);
        int at = 4;
        entropy[at++] = DOMAIN_V1;
        entropy[at++] = bytes.length;
        for (int i = 0; i < bytes.length; i++) {
            entropy[at + (i >> 2)] |= (bytes[i] & 0xff) << ((i & 3) << 3);
        }
        at += nameWords;
        entropy[at] = pathLength;
        return entropy;
    }
}
