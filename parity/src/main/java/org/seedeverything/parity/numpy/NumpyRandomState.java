package org.seedeverything.parity.numpy;

import org.seedeverything.parity.internal.Sizes;
import java.util.Objects;
import org.seedeverything.parity.internal.GlibcDoubleMath;
import org.seedeverything.parity.internal.Mt19937;
import org.seedeverything.parity.numpy.internal.BitSource;
import org.seedeverything.parity.numpy.internal.BoundedIntegers;
import org.seedeverything.parity.numpy.internal.Fills;

/**
 * NumPy's legacy {@code RandomState} (what {@code np.random.seed(s)} and the {@code np.random.*} functions use),
 * value for value: {@code new NumpyRandomState(0).rand(5)} equals {@code np.random.seed(0); np.random.rand(5)}.
 *
 * <h2>Seeding</h2>
 * An integer seed must lie in [0, 2^32 - 1] ({@code init_genrand}); an array seed ({@link #ofArray(long...)},
 * {@code init_by_array}) gives other numbers than the same single integer, exactly as in NumPy. Out-of-range seeds
 * are rejected as NumPy rejects them.
 *
 * <h2>Exactness</h2>
 * Bit-exact against NumPy 1.24.2 (golden vectors); {@link #randn(int)} calls glibc's {@code log}, which is ported
 * (glibc 2.28 to 2.36, FMA variant). The algorithms are unchanged from NumPy 1.17 to 2.x. Not thread-safe.
 *
 * @since 0.1
 */
public final class NumpyRandomState {
    private Mt19937 engine;
    private boolean hasGauss;
    private double gauss;
    private final BitSource bits = new BitSource() {
        @Override
        public int nextInt() {
            return engine.nextInt();
        }

        @Override
        public long nextLong() {
            long high = engine.nextInt() & 0xffffffffL;
            return (high << 32) | (engine.nextInt() & 0xffffffffL);
        }
    };

    /** {@code np.random.RandomState(seed)}; the seed must be in [0, 2^32 - 1]. */
    public NumpyRandomState(long seed) {
        checkSeedWord(seed);
        engine = Mt19937.seeded((int) seed);
    }

    private NumpyRandomState(Mt19937 engine) {
        this.engine = engine;
    }

    /** {@code np.random.RandomState([k0, k1, ...])}: array seeding, each key in [0, 2^32 - 1], at least one. */
    public static NumpyRandomState ofArray(long... key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new IllegalArgumentException("Seed must be non-empty (NumPy rejects an empty seed array)");
        }
        int[] words = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            checkSeedWord(key[i]);
            words[i] = (int) key[i];
        }
        return new NumpyRandomState(Mt19937.seededByArray(words));
    }

    private static void checkSeedWord(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1 (as NumPy requires), got " + seed
                    + "; use NumpyGenerator.defaultRng for larger seeds");
        }
    }

    /** {@code random_sample}: 27 + 26 bits of two draws. */
    private double nextDouble() {
        int a = engine.nextInt() >>> 5;
        int b = engine.nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code rand(n)} / {@code random_sample(n)}: doubles in [0, 1). */
    public double[] rand(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = nextDouble();
        }
        return out;
    }

    /** {@code randn(n)} / {@code standard_normal(n)}: Marsaglia's polar method with NumPy's cached second value. */
    public double[] randn(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = gauss();
        }
        return out;
    }

    private double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double value = gauss;
            gauss = 0.0;
            return value;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * GlibcDoubleMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code randint(low, high, n)} (int64): masked rejection over [low, high). */
    public long[] randint(long low, long high, int n) {
        return Fills.integers(bits, low, high, n, false, "randint");
    }

    /** {@code uniform(low, high, n)}: {@code low + (high - low) * random_sample()}. */
    public double[] uniform(double low, double high, int n) {
        return Fills.uniform(low, high, n, this::nextDouble);
    }

    /** {@code normal(loc, scale, n)}: {@code loc + scale * gauss()}. */
    public double[] normal(double loc, double scale, int n) {
        return Fills.normal(loc, scale, n, this::gauss);
    }

    /** {@code shuffle(x)} for a 1-d array: Fisher-Yates from the end with {@code random_interval}. */
    public void shuffle(long[] x) {
        BoundedIntegers.shuffle(bits, x);
    }

    /** {@code shuffle(x)} for a 1-d float64 array. */
    public void shuffle(double[] x) {
        BoundedIntegers.shuffle(bits, x);
    }

    /** {@code permutation(n)}: {@code arange(n)} shuffled. */
    public long[] permutation(int n) {
        return BoundedIntegers.permutation(bits, Sizes.checkSize(n));
    }

    /**
     * {@code choice(populationSize, size, replace)} without weights: with replacement {@code randint(0, population,
     * size)}, without it the first {@code size} entries of {@code permutation(population)}.
     */
    public long[] choice(int populationSize, int size, boolean replace) {
        if (populationSize <= 0) {
            throw new IllegalArgumentException("choice needs a population of at least 1, got " + populationSize);
        }
        if (replace) {
            return randint(0, populationSize, size);
        }
        if (size > populationSize || size < 0) {
            throw new IllegalArgumentException("Cannot take a sample of " + size + " from " + populationSize
                    + " without replacement");
        }
        long[] permutation = permutation(populationSize);
        long[] out = new long[size];
        System.arraycopy(permutation, 0, out, 0, size);
        return out;
    }

    /** The state as {@code get_state()} reports it: 624 key words, position, cached Gaussian. */
    public State getState() {
        return new State(engine.words(), engine.position(), hasGauss, hasGauss ? gauss : 0.0);
    }

    /** {@code set_state(('MT19937', key, pos, has_gauss, cached_gaussian))}. */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        engine = Mt19937.ofState(state.key(), state.position(), false);
        hasGauss = state.hasGauss();
        gauss = state.hasGauss() ? state.cachedGaussian() : 0.0;
    }

    /**
     * The tuple of {@code RandomState.get_state()}: {@code key} (624 words, read as unsigned), {@code pos},
     * {@code has_gauss} and {@code cached_gaussian}.
     */
    public record State(int[] key, int position, boolean hasGauss, double cachedGaussian) {
        /** Checks the sizes NumPy checks. */
        public State {
            Objects.requireNonNull(key, "key");
            if (key.length != Mt19937.N || position < 0 || position > Mt19937.N) {
                throw new IllegalArgumentException("An MT19937 state has 624 key words and a position in [0, 624], got "
                        + key.length + " words and position " + position);
            }
            key = key.clone();
        }

        @Override
        public int[] key() {
            return key.clone();
        }
    }
}
