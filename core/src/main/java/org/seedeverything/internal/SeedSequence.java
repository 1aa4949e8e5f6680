package org.seedeverything.internal;

/**
 * NumPy's {@code SeedSequence} entropy pool (numpy/random/bit_generator.pyx, stable since NumPy 1.19), written
 * from its published algorithm so that a Python process can derive the same child seeds.
 *
 * <p>The pool has four 32-bit words. All arithmetic is on unsigned 32-bit integers; Java's {@code int} wrap-around
 * multiplication gives exactly those results. Instances are immutable.
 */
public final class SeedSequence {
    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private final int[] pool;

    private SeedSequence(int[] pool) {
        this.pool = pool;
    }

    /**
     * The mixing state part-way through the entropy: the pool and the running hash constant. The hash constant
     * depends only on how many words were mixed, so a state can be extended by more words later; the derivation
     * caches the state after (master, name) and mixes only the path for each call.
     */
    static final class Partial {
        private final int[] pool;
        private final int hashConst;

        private Partial(int[] pool, int hashConst) {
            this.pool = pool;
            this.hashConst = hashConst;
        }

        /** Mixes the low and high words of each path element, as the spawn key encodes them. */
        SeedSequence extend(long[] path) {
            int[] mixer = pool.clone();
            int constant = hashConst;
            for (long element : path) {
                for (int half = 0; half < 2; half++) {
                    int word = half == 0 ? (int) element : (int) (element >>> 32);
                    for (int destination = 0; destination < POOL_SIZE; destination++) {
                        int value = word ^ constant;
                        constant *= MULT_A;
                        value *= constant;
                        mixer[destination] = mix(mixer[destination], value ^ (value >>> XSHIFT));
                    }
                }
            }
            return new SeedSequence(mixer);
        }
    }

    /**
     * NumPy's {@code SeedSequence(entropy, spawn_key=...)} from the 32-bit words NumPy splits them into (an integer
     * becomes its little-endian words, 0 becomes one zero word): the run entropy is zero-padded to the pool size
     * when a spawn key follows, as NumPy assembles it. For callers outside core that need plain NumPy seeding.
     */
    public static SeedSequence ofWords(int[] entropyWords, int[] spawnKeyWords) {
        int runLength = spawnKeyWords.length == 0 ? entropyWords.length : Math.max(entropyWords.length, POOL_SIZE);
        int[] assembled = new int[runLength + spawnKeyWords.length];
        System.arraycopy(entropyWords, 0, assembled, 0, entropyWords.length);
        System.arraycopy(spawnKeyWords, 0, assembled, runLength, spawnKeyWords.length);
        return new SeedSequence(prefix(assembled, assembled.length).pool);
    }

    /** The state after the first {@code length} words of assembled entropy (at least the pool size). */
    static Partial prefix(int[] entropy, int length) {
        return absorb(start(entropy, length), entropy, POOL_SIZE, length);
    }

    /** NumPy's first two phases: hash the first pool-size words in, then mix every pool word into every other. */
    private static Partial start(int[] entropy, int length) {
        int[] mixer = new int[POOL_SIZE];
        int hashConst = INIT_A;
        for (int i = 0; i < POOL_SIZE; i++) {
            int value = (i < length ? entropy[i] : 0) ^ hashConst;
            hashConst *= MULT_A;
            value *= hashConst;
            mixer[i] = value ^ (value >>> XSHIFT);
        }
        for (int source = 0; source < POOL_SIZE; source++) {
            for (int destination = 0; destination < POOL_SIZE; destination++) {
                if (source != destination) {
                    int value = mixer[source] ^ hashConst;
                    hashConst *= MULT_A;
                    value *= hashConst;
                    mixer[destination] = mix(mixer[destination], value ^ (value >>> XSHIFT));
                }
            }
        }
        return new Partial(mixer, hashConst);
    }

    /** NumPy's third phase: each further entropy word is mixed into every pool word. */
    private static Partial absorb(Partial state, int[] entropy, int from, int to) {
        int[] mixer = state.pool;
        int hashConst = state.hashConst;
        for (int source = from; source < to; source++) {
            for (int destination = 0; destination < POOL_SIZE; destination++) {
                int value = entropy[source] ^ hashConst;
                hashConst *= MULT_A;
                value *= hashConst;
                mixer[destination] = mix(mixer[destination], value ^ (value >>> XSHIFT));
            }
        }
        return new Partial(mixer, hashConst);
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        result ^= result >>> XSHIFT;
        return result;
    }

    /** NumPy's {@code generate_state(n, dtype=np.uint32)}. */
    public int[] generateInts(int count) {
        int[] state = new int[count];
        int hashConst = INIT_B;
        for (int i = 0; i < count; i++) {
            int value = pool[i % POOL_SIZE];
            value ^= hashConst;
            hashConst *= MULT_B;
            value *= hashConst;
            value ^= value >>> XSHIFT;
            state[i] = value;
        }
        return state;
    }

    /** NumPy's {@code generate_state(n, dtype=np.uint64)}: pairs of 32-bit words, the first one low. */
    public long[] generateLongs(int count) {
        long[] state = new long[count];
        int hashConst = INIT_B;
        for (int i = 0; i < 2 * count; i++) {
            int value = pool[i % POOL_SIZE] ^ hashConst;
            hashConst *= MULT_B;
            value *= hashConst;
            value ^= value >>> XSHIFT;
            if ((i & 1) == 0) {
                state[i >> 1] = value & 0xffffffffL;
            } else {
                state[i >> 1] |= (long) value << 32;
            }
        }
        return state;
    }

    /** The first 64-bit word of {@link #generateLongs(int)}, without allocating. */
    public long firstLong() {
        int hashConst = INIT_B;
        int low = pool[0] ^ hashConst;
        hashConst *= MULT_B;
        low *= hashConst;
        low ^= low >>> XSHIFT;
        int high = pool[1] ^ hashConst;
        hashConst *= MULT_B;
        high *= hashConst;
        high ^= high >>> XSHIFT;
        return (low & 0xffffffffL) | ((long) high << 32);
    }
}
