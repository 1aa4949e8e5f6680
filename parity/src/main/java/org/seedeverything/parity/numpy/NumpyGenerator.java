package org.seedeverything.parity.numpy;

import org.seedeverything.parity.internal.Sizes;
import java.util.ArrayList;
import java.util.List;
import org.seedeverything.internal.SeedSequence;
import org.seedeverything.parity.numpy.internal.BoundedIntegers;
import org.seedeverything.parity.numpy.internal.Fills;
import org.seedeverything.parity.numpy.internal.NumpyZiggurat;
import org.seedeverything.parity.numpy.internal.Pcg64;

/**
 * NumPy's {@code Generator} on {@code PCG64}, seeded through {@code SeedSequence} as {@code np.random.default_rng}
 * does: {@code NumpyGenerator.defaultRng(42).standardNormal(5)} equals
 * {@code np.random.default_rng(42).standard_normal(5)}.
 *
 * <h2>Exactness</h2>
 * Bit-exact for NumPy 1.17 to 2.x; the only libm calls are in the ziggurat's rare tail and wedge branches
 * ({@link StrictMath} stands in for glibc there). Not thread-safe.
 *
 * @since 0.1
 */
public final class NumpyGenerator {
    private final long[] entropyWords;
    private final long[] spawnKey;
    private final Pcg64 bits;
    private int childrenSpawned;

    private NumpyGenerator(long[] entropyWords, long[] spawnKey) {
        this.entropyWords = entropyWords;
        this.spawnKey = spawnKey;
        long[] seed = SeedSequence.ofWords(words(entropyWords), words(spawnKey)).generateLongs(4);
        this.bits = new Pcg64(seed[0], seed[1], seed[2], seed[3]);
    }

    /** {@code np.random.default_rng(seed)} for a non-negative seed (NumPy rejects negative ones). */
    public static NumpyGenerator defaultRng(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("NumPy's SeedSequence rejects negative entropy, got " + seed
                    + "; pass a non-negative seed (for example seed & Long.MAX_VALUE)");
        }
        return new NumpyGenerator(new long[] {seed}, new long[0]);
    }

    /** NumPy's split of integers into little-endian 32-bit words (0 becomes one zero word). */
    private static int[] words(long[] values) {
        List<Integer> out = new ArrayList<>();
        for (long value : values) {
            out.add((int) value);
            if ((value >>> 32) != 0) {
                out.add((int) (value >>> 32));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code Generator.spawn(k)} (or {@code SeedSequence.spawn(k)} then {@code default_rng} on each child): the
     * children continue the spawn counter, so a later call gives new children.
     */
    public List<NumpyGenerator> spawn(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("spawn needs a non-negative count, got " + count);
        }
        List<NumpyGenerator> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long[] childKey = new long[spawnKey.length + 1];
            System.arraycopy(spawnKey, 0, childKey, 0, spawnKey.length);
            childKey[spawnKey.length] = childrenSpawned + i;
            children.add(new NumpyGenerator(entropyWords, childKey));
        }
        childrenSpawned += count;
        return children;
    }

    /** {@code random(n)}: 53-bit doubles in [0, 1). */
    public double[] random(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits.nextDouble();
        }
        return out;
    }

    /** {@code standard_normal(n)} (float64 ziggurat). */
    public double[] standardNormal(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        standardNormal(out);
        return out;
    }

    /** {@code standard_normal(out=out)}: fills an existing array with the values {@link #standardNormal(int)} gives. */
    public void standardNormal(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = NumpyZiggurat.nextDouble(bits);
        }
    }

    /** {@code standard_normal(n, dtype=np.float32)} (float32 ziggurat on 32-bit draws). */
    public float[] standardNormalFloat(int n) {
        float[] out = new float[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = NumpyZiggurat.nextFloat(bits);
        }
        return out;
    }

    /** {@code integers(low, high, n)} (int64, high exclusive): Lemire's method on buffered 32-bit or 64-bit draws. */
    public long[] integers(long low, long high, int n) {
        return Fills.integers(bits, low, high, n, true, "integers");
    }

    /** {@code uniform(low, high, n)}: {@code low + (high - low) * random()}. */
    public double[] uniform(double low, double high, int n) {
        return Fills.uniform(low, high, n, bits::nextDouble);
    }

    /** {@code normal(loc, scale, n)}: {@code loc + scale * standard_normal()}. */
    public double[] normal(double loc, double scale, int n) {
        return Fills.normal(loc, scale, n, () -> NumpyZiggurat.nextDouble(bits));
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

    /** {@code choice(populationSize, size)} with replacement and no weights: {@code integers(0, population, size)}. */
    public long[] choice(int populationSize, int size) {
        if (populationSize <= 0) {
            throw new IllegalArgumentException("choice needs a population of at least 1, got " + populationSize);
        }
        return integers(0, populationSize, size);
    }

    /**
     * {@code choice(populationSize, size, replace=False)} without weights, shuffled: NumPy's tail shuffle for a
     * population above 10000 and a sample above 1/50 of it, Floyd's algorithm with NumPy's hash set otherwise.
     */
    public long[] choiceWithoutReplacement(int populationSize, int size) {
        if (populationSize <= 0 || size < 0 || size > populationSize) {
            throw new IllegalArgumentException("Cannot take a sample of " + size + " from a population of "
                    + populationSize + " without replacement");
        }
        if (populationSize > 10000 && size > populationSize / 50) {
            long[] all = new long[populationSize];
            for (int i = 0; i < populationSize; i++) {
                all[i] = i;
            }
            shuffleTail(all, populationSize, Math.max(populationSize - size, 1));
            return java.util.Arrays.copyOfRange(all, populationSize - size, populationSize);
        }
        long[] out = new long[size];
        long mask = lowMask((long) (1.2 * size));
        long[] hashSet = new long[(int) (mask + 1)];
        java.util.Arrays.fill(hashSet, -1L);
        for (long j = populationSize - size; j < populationSize; j++) {
            long value = BoundedIntegers.lemire(bits, 0, j);
            int location = (int) (value & mask);
            while (hashSet[location] != -1L && hashSet[location] != value) {
                location = (int) ((location + 1) & mask);
            }
            if (hashSet[location] == -1L) {
                hashSet[location] = value;
            } else {
                location = (int) (j & mask);
                while (hashSet[location] != -1L) {
                    location = (int) ((location + 1) & mask);
                }
                hashSet[location] = j;
                value = j;
            }
            out[(int) (j - populationSize + size)] = value;
        }
        shuffleTail(out, size, 1);
        return out;
    }

    /** NumPy's {@code _shuffle_int}: swaps from the end down to {@code first} with Lemire-bounded draws. */
    private void shuffleTail(long[] data, int n, int first) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) BoundedIntegers.lemire(bits, 0, i);
            long swap = data[j];
            data[j] = data[i];
            data[i] = swap;
        }
    }

    /** NumPy's {@code _gen_mask}: the smallest {@code 2^k - 1} at least {@code max}. */
    private static long lowMask(long max) {
        long mask = max;
        for (int shift = 1; shift < 64; shift <<= 1) {
            mask |= mask >>> shift;
        }
        return mask;
    }

    /** The PCG64 state words {@code {state high, state low, inc high, inc low}} ({@code bit_generator.state}). */
    public long[] stateWords() {
        return bits.stateWords();
    }
}
