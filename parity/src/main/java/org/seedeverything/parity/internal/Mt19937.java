package org.seedeverything.parity.internal;

/**
 * The 32-bit Mersenne Twister with the reference {@code init_genrand} and {@code init_by_array} seeding, laid out
 * the way both PyTorch ({@code at::mt19937}) and NumPy ({@code mt19937.c}) keep it: 624 words, a position and, for
 * PyTorch, a count of words left before the next twist.
 *
 * <p>Hand-written rather than taken from Commons RNG because the parity classes must read and write the raw
 * state words and the position in the byte layouts of {@code torch.get_rng_state()} and NumPy's
 * {@code get_state()}, which Commons RNG's {@code MersenneTwister} does not expose.
 */
public final class Mt19937 {
    /** Number of 32-bit state words. */
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] state = new int[N];
    private int position;
    private boolean fresh;

    /** An engine seeded with {@code init_genrand(seed)}; the first draw twists. */
    public static Mt19937 seeded(int seed) {
        Mt19937 engine = new Mt19937();
        engine.initGenrand(seed);
        return engine;
    }

    /** An engine seeded with {@code init_by_array(key)} as NumPy's legacy array seeding does. */
    public static Mt19937 seededByArray(int[] key) {
        Mt19937 engine = new Mt19937();
        engine.initByArray(key);
        return engine;
    }

    /**
     * An engine holding the given words; {@code position} 624 means the next draw twists, {@code fresh} whether
     * the words are straight from seeding.
     */
    public static Mt19937 ofState(int[] words, int position, boolean fresh) {
        if (words.length != N || position < 0 || position > N) {
            throw new IllegalArgumentException("MT19937 state needs " + N + " words and a position in [0, " + N
                    + "], got " + words.length + " words and position " + position);
        }
        Mt19937 engine = new Mt19937();
        System.arraycopy(words, 0, engine.state, 0, N);
        engine.position = position;
        engine.fresh = fresh && position == N;
        return engine;
    }

    private void initGenrand(int seed) {
        state[0] = seed;
        for (int j = 1; j < N; j++) {
            int previous = state[j - 1];
            state[j] = 1812433253 * (previous ^ (previous >>> 30)) + j;
        }
        position = N;
        fresh = true;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = UPPER_MASK;
        position = N;
        fresh = true;
    }

    /** The next tempered 32-bit output. */
    public int nextInt() {
        if (position >= N) {
            twist();
        }
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /**
     * Writes the next {@code to - from} outputs, each as PyTorch's float32 uniform ({@code (word & 0xffffff) * 2^-24}),
     * into {@code out[from..to)}; the same words {@link #nextInt()} would give, a block at a time.
     */
    public void nextUniformFloats(float[] out, int from, int to) {
        int i = from;
        while (i < to) {
            if (position >= N) {
                twist();
            }
            int count = Math.min(to - i, N - position);
            int[] mt = state;
            int p = position;
            for (int k = 0; k < count; k++) {
                int y = mt[p + k];
                y ^= y >>> 11;
                y ^= (y << 7) & 0x9d2c5680;
                y ^= (y << 15) & 0xefc60000;
                y ^= y >>> 18;
                out[i + k] = (y & 0xffffff) * 0x1p-24f;
            }
            position = p + count;
            i += count;
        }
    }

    private void twist() {
        int[] mt = state;
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        position = 0;
        fresh = false;
    }

    /** A copy of the 624 state words. */
    public int[] words() {
        return state.clone();
    }

    /** How many words of the current block were used (624 right after seeding: the next draw twists). */
    public int position() {
        return position;
    }

    /** Whether no word was drawn since seeding (PyTorch then records its position as 0, not 624). */
    public boolean fresh() {
        return fresh;
    }

    /** An independent copy. */
    public Mt19937 copy() {
        return ofState(state, position, fresh);
    }
}
