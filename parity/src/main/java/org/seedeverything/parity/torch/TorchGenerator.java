package org.seedeverything.parity.torch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import org.seedeverything.parity.internal.AvxMathFun;
import org.seedeverything.parity.internal.GlibcDoubleMath;
import org.seedeverything.parity.internal.GlibcFloatMath;
import org.seedeverything.parity.internal.Mt19937;
import org.seedeverything.parity.internal.Sizes;

/**
 * PyTorch's CPU generator ({@code at::CPUGeneratorImpl}) and the CPU sampling kernels, value for value:
 * {@code new TorchGenerator(42).randn(5)} equals {@code torch.manual_seed(42); torch.randn(5)}.
 *
 * <pre>{@code
 * TorchGenerator g = new TorchGenerator(42);           // torch.manual_seed(42)
 * float[] x = g.randn(1 * 3 * 224 * 224);              // torch.randn(1, 3, 224, 224), row-major
 * }</pre>
 *
 * <h2>Seeding</h2>
 * Every {@code long} is accepted; a negative seed is the two's complement of {@code torch.manual_seed(seed)}'s
 * argument, as PyTorch stores it. Only the low 32 bits drive the Mersenne Twister, exactly as in PyTorch:
 * seeds {@code 7} and {@code 2^32 + 7} give the same numbers; {@link #initialSeed()} still reports the full value.
 *
 * <h2>Exactness</h2>
 * Bit-exact against PyTorch 1.13.1 (both capabilities, golden vectors) and libtorch 2.10.0 (in-JVM tests), on
 * x86-64 Linux with glibc 2.28 to 2.36 on an FMA-capable CPU: the glibc {@code log/sin/cos} and {@code logf/sinf/
 * cosf} that the kernels call are ported with glibc's tables. Other libms may differ in the last bit of normals;
 * see {@code src/docs/parity.md}.
 *
 * <h2>Threads</h2>
 * Not thread-safe, like the generator it mirrors.
 *
 * @since 0.1
 */
public final class TorchGenerator {
    /** Size in bytes of {@code torch.get_rng_state()}. */
    public static final int STATE_BYTES = 5056;
    private static final int LEGACY_STATE_BYTES = 5048;
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final int BLOCK = 16;

    private final CpuCapability capability;
    private final TorchRelease release;
    private long seed;
    private Mt19937 engine;
    private boolean hasCachedNormal;
    private double cachedNormal;
    private boolean hasCachedFloatNormal;
    private float cachedFloatNormal;

    /** {@code torch.manual_seed(seed)} on an AVX2 machine with the newest verified release line. */
    public TorchGenerator(long seed) {
        this(seed, CpuCapability.AVX2, TorchRelease.V2_7);
    }

    /** {@code torch.manual_seed(seed)} with the kernels of the given capability, newest verified release line. */
    public TorchGenerator(long seed, CpuCapability capability) {
        this(seed, capability, TorchRelease.V2_7);
    }

    /** {@code torch.manual_seed(seed)} with the kernels of the given capability and release line. */
    public TorchGenerator(long seed, CpuCapability capability, TorchRelease release) {
        this.capability = Objects.requireNonNull(capability, "capability");
        this.release = Objects.requireNonNull(release, "release");
        manualSeed(seed);
    }

    /** Re-seeds like {@code torch.manual_seed(seed)}; also clears the cached normal values. */
    public void manualSeed(long seed) {
        this.seed = seed;
        this.engine = Mt19937.seeded((int) seed);
        this.hasCachedNormal = false;
        this.hasCachedFloatNormal = false;
    }

    /** The seed as given ({@code torch.initial_seed()}, read as unsigned 64 bits). */
    public long initialSeed() {
        return seed;
    }

    /** The capability whose kernels this generator imitates. */
    public CpuCapability capability() {
        return capability;
    }

    /** The PyTorch release line this generator imitates. */
    public TorchRelease release() {
        return release;
    }

    /** One raw 32-bit draw ({@code random()}), as an unsigned value in a {@code long}. */
    public long nextRaw32() {
        return engine.nextInt() & 0xffffffffL;
    }

    private long random64() {
        long high = engine.nextInt() & 0xffffffffL;
        long low = engine.nextInt() & 0xffffffffL;
        return (high << 32) | low;
    }

    private double uniformDouble01() {
        return (random64() & ((1L << 53) - 1)) * 0x1p-53;
    }

    // ----------------------------------------------------------------------------------------------- uniform

    /** {@code torch.rand(n)}: float32 uniforms in [0, 1), one 32-bit draw each. */
    public float[] rand(int n) {
        float[] out = new float[Sizes.checkSize(n)];
        uniform(out, 0.0, 1.0);
        return out;
    }

    /** {@code torch.rand(n, dtype=torch.float64)}: 53-bit uniforms, two draws each. */
    public double[] randDouble(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        uniform(out, 0.0, 1.0);
        return out;
    }

    /** {@code t.uniform_(from, to)} on a contiguous float32 tensor (bounds narrowed to float as PyTorch does). */
    public void uniform(float[] t, double from, double to) {
        float low = (float) from;
        float range = (float) to - low;
        boolean fused = capability == CpuCapability.AVX2;
        engine.nextUniformFloats(t, 0, t.length);
        if (low == 0f && range == 1f) {
            return;
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = fused ? Math.fma(t[i], range, low) : t[i] * range + low;
        }
    }

    /** {@code t.uniform_(from, to)} on a float64 tensor. */
    public void uniform(double[] t, double from, double to) {
        double range = to - from;
        boolean fused = capability == CpuCapability.AVX2;
        for (int i = 0; i < t.length; i++) {
            double x = uniformDouble01();
            t[i] = fused ? Math.fma(x, range, from) : x * range + from;
        }
    }

    // ------------------------------------------------------------------------------------------------ normal

    /** {@code torch.randn(n)} (float32, contiguous). */
    public float[] randn(int n) {
        float[] out = new float[Sizes.checkSize(n)];
        normal(out, 0.0, 1.0);
        return out;
    }

    /** {@code torch.randn(n, dtype=torch.float64)}. */
    public double[] randnDouble(int n) {
        double[] out = new double[Sizes.checkSize(n)];
        normal(out, 0.0, 1.0);
        return out;
    }

    /**
     * {@code t.normal_(mean, std)} on a contiguous float32 tensor: fewer than 16 elements go through the
     * element-wise Box-Muller with the shared cache, 16 or more through the block kernel of the capability.
     */
    public void normal(float[] t, double mean, double std) {
        if (t.length < BLOCK) {
            normalNonContiguous(t, mean, std);
        } else if (capability == CpuCapability.AVX2) {
            normalBlocksAvx2(t, (float) mean, (float) std);
        } else {
            normalBlocksFloat(t, (float) mean, (float) std);
        }
    }

    /** {@code t.normal_(mean, std)} on a contiguous float64 tensor. */
    public void normal(double[] t, double mean, double std) {
        if (t.length < BLOCK) {
            normalNonContiguous(t, mean, std);
        } else {
            normalBlocksDouble(t, mean, std);
        }
    }

    /**
     * {@code t.normal_(mean, std)} on a non-contiguous float32 tensor (a transposed view, a slice with a step):
     * PyTorch then samples element by element in the view's iteration order; pass the elements in that order.
     */
    public void normalNonContiguous(float[] t, double mean, double std) {
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) normalSample(mean, std);
        }
    }

    /** {@code t.normal_(mean, std)} on a non-contiguous float64 tensor, elements in iteration order. */
    public void normalNonContiguous(double[] t, double mean, double std) {
        for (int i = 0; i < t.length; i++) {
            t[i] = normalSample(mean, std);
        }
    }

    /** Whether a normal value is cached by the element-wise path (it is returned by the next element-wise draw). */
    public boolean hasCachedNormal() {
        return hasCachedNormal;
    }

    private double normalSample(double mean, double std) {
        boolean fused = capability == CpuCapability.AVX2;
        if (hasCachedNormal) {
            hasCachedNormal = false;
            return fused ? Math.fma(cachedNormal, std, mean) : cachedNormal * std + mean;
        }
        double u1 = uniformDouble01();
        double u2 = uniformDouble01();
        double logTerm = release == TorchRelease.V1_13 ? GlibcDoubleMath.log(1.0 - u2) : StrictMath.log1p(-u2);
        double r = Math.sqrt(-2.0 * logTerm);
        double theta = TWO_PI * u1;
        cachedNormal = r * GlibcDoubleMath.sin(theta);
        hasCachedNormal = true;
        double product = r * GlibcDoubleMath.cos(theta);
        return fused ? Math.fma(product, std, mean) : product * std + mean;
    }

    /**
     * PyTorch fills all n uniforms, transforms every full block of 16, then re-draws the last 16 slots and transforms
     * them. Transforms draw nothing, so drawing and transforming block by block consumes the same words in the same
     * order, in one pass over memory; the n % 16 uniforms PyTorch draws for the partial block are overwritten by the
     * re-draw, so they are drawn and dropped.
     */
    private void normalBlocksAvx2(float[] data, float mean, float std) {
        int n = data.length;
        int full = n - n % BLOCK;
        for (int i = 0; i < full; i += BLOCK) {
            engine.nextUniformFloats(data, i, i + BLOCK);
            for (int j = i; j < i + 8; j++) {
                AvxMathFun.normalPair(data, j, mean, std);
            }
        }
        if (full != n) {
            for (int k = full; k < n; k++) {
                engine.nextInt();
            }
            engine.nextUniformFloats(data, n - BLOCK, n);
            for (int j = n - BLOCK; j < n - 8; j++) {
                AvxMathFun.normalPair(data, j, mean, std);
            }
        }
    }

    private void normalBlocksFloat(float[] data, float mean, float std) {
        int n = data.length;
        engine.nextUniformFloats(data, 0, n);
        for (int i = 0; i < n - 15; i += BLOCK) {
            normal16Float(data, i, mean, std);
        }
        if (n % BLOCK != 0) {
            engine.nextUniformFloats(data, n - BLOCK, n);
            normal16Float(data, n - BLOCK, mean, std);
        }
    }

    private static void normal16Float(float[] d, int at, float mean, float std) {
        for (int j = at; j < at + 8; j++) {
            float u1 = 1f - d[j];
            float u2 = d[j + 8];
            float radius = (float) Math.sqrt(-2f * GlibcFloatMath.logf(u1));
            float theta = (float) (TWO_PI * u2);
            d[j] = radius * GlibcFloatMath.cosf(theta) * std + mean;
            d[j + 8] = radius * GlibcFloatMath.sinf(theta) * std + mean;
        }
    }

    private void normalBlocksDouble(double[] data, double mean, double std) {
        int n = data.length;
        for (int i = 0; i < n; i++) {
            data[i] = uniformDouble01();
        }
        boolean fused = capability == CpuCapability.AVX2;
        for (int i = 0; i < n - 15; i += BLOCK) {
            normal16Double(data, i, mean, std, fused);
        }
        if (n % BLOCK != 0) {
            for (int i = n - BLOCK; i < n; i++) {
                data[i] = uniformDouble01();
            }
            normal16Double(data, n - BLOCK, mean, std, fused);
        }
    }

    private static void normal16Double(double[] d, int at, double mean, double std, boolean fused) {
        for (int j = at; j < at + 8; j++) {
            double u1 = 1 - d[j];
            double u2 = d[j + 8];
            double radius = Math.sqrt(-2 * GlibcDoubleMath.log(u1));
            double theta = TWO_PI * u2;
            double first = radius * GlibcDoubleMath.cos(theta);
            double second = radius * GlibcDoubleMath.sin(theta);
            d[j] = fused ? Math.fma(first, std, mean) : first * std + mean;
            d[j + 8] = fused ? Math.fma(second, std, mean) : second * std + mean;
        }
    }

    // ------------------------------------------------------------------------------------------- integers

    /**
     * {@code torch.randint(low, high, (n,))} (int64): {@code low + draw mod (high - low)}, no rejection. The draw is
     * 64 bits wide for ranges of 2^32 or more (2^28 or more from PyTorch 2.7 on), else 32 bits.
     */
    public long[] randint(long low, long high, int n) {
        if (high <= low) {
            throw new IllegalArgumentException("randint needs low < high, got low=" + low + ", high=" + high);
        }
        long range = high - low;
        long wide = release == TorchRelease.V2_7 ? 1L << 28 : 1L << 32;
        boolean use64 = Long.compareUnsigned(range, wide) >= 0;
        long[] out = new long[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            long draw = use64 ? random64() : nextRaw32();
            out[i] = Long.remainderUnsigned(draw, range) + low;
        }
        return out;
    }

    /** {@code torch.randperm(n)} for n below 214,748,364: forward Fisher-Yates with modulo, n - 1 draws. */
    public long[] randperm(int n) {
        if (n < 0 || n >= 214_748_364) {
            throw new IllegalArgumentException("randperm supports 0 <= n < 214748364 (PyTorch switches algorithm "
                    + "above), got " + n);
        }
        long[] permutation = new long[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int z = (int) (nextRaw32() % (n - i));
            long swap = permutation[i];
            permutation[i] = permutation[i + z];
            permutation[i + z] = swap;
        }
        return permutation;
    }

    /**
     * {@code torch.empty(n).bernoulli_(p)} without MKL (Debian builds; PyPI x86 builds from 2.7 on): one 53-bit
     * uniform per element, {@code true} when it is below {@code p}.
     */
    public boolean[] bernoulli(int n, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("bernoulli needs 0 <= p <= 1, got " + p);
        }
        boolean[] out = new boolean[Sizes.checkSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = uniformDouble01() < p;
        }
        return out;
    }

    /**
     * Which elements {@code torch.nn.functional.dropout(x, p, training=True)} keeps for a contiguous CPU tensor of
     * n elements (a Bernoulli mask with probability {@code 1 - p}); kept elements are scaled by {@code 1/(1-p)}.
     */
    public boolean[] dropoutMask(int n, double p) {
        if (!(p >= 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("dropout needs 0 <= p < 1, got " + p);
        }
        return bernoulli(n, 1 - p);
    }

    // ------------------------------------------------------------------------------------------------ state

    /** The state in the byte layout of {@code torch.get_rng_state()} (5056 bytes, little-endian). */
    public byte[] getState() {
        ByteBuffer buffer = ByteBuffer.allocate(STATE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int position = engine.position();
        buffer.putLong(seed);
        buffer.putInt(Mt19937.N + 1 - position);
        buffer.putInt(1);
        buffer.putLong(engine.fresh() ? 0 : position);
        for (int word : engine.words()) {
            buffer.putLong(word & 0xffffffffL);
        }
        buffer.putDouble(0.0);
        buffer.putDouble(hasCachedNormal ? cachedNormal : 0.0);
        buffer.putDouble(0.0);
        buffer.putInt(hasCachedNormal ? 1 : 0);
        buffer.putInt(0);
        buffer.putFloat(hasCachedFloatNormal ? cachedFloatNormal : 0f);
        buffer.put((byte) (hasCachedFloatNormal ? 1 : 0));
        return buffer.array();
    }

    /** Loads a state in the layout of {@code torch.get_rng_state()} (current or legacy size). */
    public void setState(byte[] state) {
        Objects.requireNonNull(state, "state");
        if (state.length != STATE_BYTES && state.length != LEGACY_STATE_BYTES) {
            throw new IllegalArgumentException("A torch CPU RNG state has " + STATE_BYTES + " bytes (or "
                    + LEGACY_STATE_BYTES + " in the legacy layout), got " + state.length
                    + "; pass the bytes of torch.get_rng_state().numpy()");
        }
        ByteBuffer buffer = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        long initialSeed = buffer.getLong(0);
        int left = buffer.getInt(8);
        long next = buffer.getLong(16);
        if (left < 1 || left > Mt19937.N || next < 0 || next > Mt19937.N) {
            throw new IllegalArgumentException("Corrupt torch RNG state: left=" + left + ", next=" + next
                    + " (expected 1..624 and 0..624)");
        }
        int[] words = new int[Mt19937.N];
        for (int i = 0; i < Mt19937.N; i++) {
            words[i] = (int) buffer.getLong(24 + 8 * i);
        }
        this.seed = initialSeed;
        this.engine = Mt19937.ofState(words, Mt19937.N + 1 - left, next == 0);
        this.hasCachedNormal = buffer.getInt(5040) != 0;
        this.cachedNormal = hasCachedNormal ? buffer.getDouble(5024) : 0.0;
        if (state.length == STATE_BYTES) {
            this.hasCachedFloatNormal = state[5052] != 0;
            this.cachedFloatNormal = hasCachedFloatNormal ? buffer.getFloat(5048) : 0f;
        } else {
            this.hasCachedFloatNormal = false;
        }
    }
}
