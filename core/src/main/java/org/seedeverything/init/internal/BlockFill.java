package org.seedeverything.init.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.seedeverything.internal.Derivation;

/**
 * Fills arrays with random values so that every element is a function of (seed, element index) only.
 *
 * <p>The array is cut into blocks of {@value #BLOCK_SIZE} elements. Block {@code k} gets its own xoshiro256++
 * generator whose 256-bit state is {@code Derivation.state(seed, 4, "}{@value #BLOCK_STREAM}{@code ", k)}; the
 * block's elements are produced in order from that generator alone. Threads split the blocks between them, so 1,
 * 2 or N threads write bit-identical arrays. Per element there is no allocation and no derivation.
 */
public final class BlockFill {
    /** Elements per block; part of the stable output, never change it. */
    public static final int BLOCK_SIZE = 8192;
    /** Stream name of the per-block derivation; part of the stable output, never change it. */
    public static final String BLOCK_STREAM = "seedeverything.init.block";
    /** Arrays shorter than this are filled on the calling thread: forking would cost more than it saves. */
    private static final int PARALLEL_THRESHOLD = 4 * BLOCK_SIZE;

    /** The bits of 1.0f: or-ing 23 random mantissa bits into it gives a float in [1, 2). */
    private static final int ONE_FLOAT_BITS = 0x3f800000;

    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    /** Fills the elements [from, to) of one block from that block's generator. */
    @FunctionalInterface
    public interface BlockKernel {
        void fill(int from, int to, Xoshiro256PlusPlus generator);
    }

    private BlockFill() {
    }

    /** The generator of block {@code blockIndex} for {@code seed}. */
    public static Xoshiro256PlusPlus blockGenerator(long seed, long blockIndex) {
        long[] state = Derivation.state(seed, 4, BLOCK_STREAM, blockIndex);
        return new Xoshiro256PlusPlus(state[0], state[1], state[2], state[3]);
    }

    /** Runs {@code kernel} over every block of an array of {@code length} elements on {@code threads} threads. */
    public static void run(int length, long seed, int threads, BlockKernel kernel) {
        if (threads < 1) {
            throw new IllegalArgumentException("Thread count " + threads + " is not positive; pass 1 or more");
        }
        int blocks = (int) ((length + (long) BLOCK_SIZE - 1) / BLOCK_SIZE);
        if (threads == 1 || length < PARALLEL_THRESHOLD) {
            fillBlocks(0, blocks, length, seed, kernel);
            return;
        }
        int tasks = Math.min(blocks, threads * 4);
        pool(threads).invoke(new BlockRange(0, blocks, length, seed, kernel, Math.max(1, blocks / tasks)));
    }

    /**
     * Uniform floats in [low, high): two per 64-bit draw {@code b}, from its top 23 bits {@code b >>> 41} and then
     * from bits 9..31 {@code (int) b >>> 9}. Each 23-bit {@code m} becomes {@code u = float(0x3f800000 | m) - 1}
     * (exactly {@code m * 2^-23}), and the value is {@code (float) low + (float) (high - low) * u} in float
     * arithmetic. A block of odd length uses only the first half of its last draw.
     */
    public static void uniform(float[] out, long seed, double low, double high, int threads) {
        float lowFloat = (float) low;
        float rangeFloat = (float) (high - low);
        run(out.length, seed, threads, (from, to, generator) -> {
            // xoshiro256++ inlined on local copies of the state, and no int-to-float conversion: this loop is the
            // whole cost of a uniform fill.
            long s0 = generator.s0;
            long s1 = generator.s1;
            long s2 = generator.s2;
            long s3 = generator.s3;
            int pairsEnd = to - ((to - from) & 1);
            for (int i = from; i < pairsEnd; i += 2) {
                long bits = Long.rotateLeft(s0 + s3, 23) + s0;
                long t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = Long.rotateLeft(s3, 45);
                out[i] = lowFloat + rangeFloat * (Float.intBitsToFloat(ONE_FLOAT_BITS | (int) (bits >>> 41)) - 1f);
                out[i + 1] = lowFloat + rangeFloat * (Float.intBitsToFloat(ONE_FLOAT_BITS | ((int) bits >>> 9)) - 1f);
            }
            if (pairsEnd < to) {
                long bits = Long.rotateLeft(s0 + s3, 23) + s0;
                long t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = Long.rotateLeft(s3, 45);
                out[pairsEnd] = lowFloat + rangeFloat * (Float.intBitsToFloat(ONE_FLOAT_BITS | (int) (bits >>> 41)) - 1f);
            }
            generator.setState(s0, s1, s2, s3);
        });
    }

    /** Uniform doubles in [low, high): one per 64-bit draw, the top 53 bits. */
    public static void uniform(double[] out, long seed, double low, double high, int threads) {
        double range = high - low;
        run(out.length, seed, threads, (from, to, generator) -> {
            long s0 = generator.s0;
            long s1 = generator.s1;
            long s2 = generator.s2;
            long s3 = generator.s3;
            for (int i = from; i < to; i++) {
                long bits = Long.rotateLeft(s0 + s3, 23) + s0;
                long t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = Long.rotateLeft(s3, 45);
                out[i] = low + range * ((bits >>> 11) * 0x1p-53);
            }
            generator.setState(s0, s1, s2, s3);
        });
    }

    /** Normal floats: {@code (float) (mean + std * z)} with z from {@link NormalZiggurat}. */
    public static void normal(float[] out, long seed, double mean, double std, int threads) {
        run(out.length, seed, threads, (from, to, generator) -> {
            double[] edges = NormalZiggurat.X;
            long s0 = generator.s0;
            long s1 = generator.s1;
            long s2 = generator.s2;
            long s3 = generator.s3;
            for (int i = from; i < to; i++) {
                long bits = Long.rotateLeft(s0 + s3, 23) + s0;
                long t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = Long.rotateLeft(s3, 45);
                int layer = (int) bits & 0xff;
                double x = (bits >> 11) * 0x1p-52 * edges[layer];
                if (!(Math.abs(x) < edges[layer + 1])) {
                    generator.setState(s0, s1, s2, s3);
                    x = NormalZiggurat.outsideCore(generator, layer, x);
                    s0 = generator.s0;
                    s1 = generator.s1;
                    s2 = generator.s2;
                    s3 = generator.s3;
                }
                out[i] = (float) (mean + std * x);
            }
            generator.setState(s0, s1, s2, s3);
        });
    }

    /** Normal doubles: {@code mean + std * z} with z from {@link NormalZiggurat}. */
    public static void normal(double[] out, long seed, double mean, double std, int threads) {
        run(out.length, seed, threads, (from, to, generator) -> {
            double[] edges = NormalZiggurat.X;
            long s0 = generator.s0;
            long s1 = generator.s1;
            long s2 = generator.s2;
            long s3 = generator.s3;
            for (int i = from; i < to; i++) {
                long bits = Long.rotateLeft(s0 + s3, 23) + s0;
                long t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = Long.rotateLeft(s3, 45);
                int layer = (int) bits & 0xff;
                double x = (bits >> 11) * 0x1p-52 * edges[layer];
                if (!(Math.abs(x) < edges[layer + 1])) {
                    generator.setState(s0, s1, s2, s3);
                    x = NormalZiggurat.outsideCore(generator, layer, x);
                    s0 = generator.s0;
                    s1 = generator.s1;
                    s2 = generator.s2;
                    s3 = generator.s3;
                }
                out[i] = mean + std * x;
            }
            generator.setState(s0, s1, s2, s3);
        });
    }

    /** Truncated normal floats in [a, b]: {@code mean + std * z} with z from {@link TruncatedNormal}, clamped. */
    public static void truncatedNormal(float[] out, long seed, double mean, double std, double a, double b,
                                       int threads) {
        TruncatedNormal sampler = new TruncatedNormal((a - mean) / std, (b - mean) / std);
        run(out.length, seed, threads, (from, to, generator) -> {
            for (int i = from; i < to; i++) {
                out[i] = (float) clamp(mean + std * sampler.sample(generator), a, b);
            }
        });
    }

    /** Truncated normal doubles in [a, b]: {@code mean + std * z} with z from {@link TruncatedNormal}, clamped. */
    public static void truncatedNormal(double[] out, long seed, double mean, double std, double a, double b,
                                       int threads) {
        TruncatedNormal sampler = new TruncatedNormal((a - mean) / std, (b - mean) / std);
        run(out.length, seed, threads, (from, to, generator) -> {
            for (int i = from; i < to; i++) {
                out[i] = clamp(mean + std * sampler.sample(generator), a, b);
            }
        });
    }

    private static double clamp(double value, double a, double b) {
        return value < a ? a : (value > b ? b : value);
    }

    private static void fillBlocks(int firstBlock, int endBlock, int length, long seed, BlockKernel kernel) {
        for (int block = firstBlock; block < endBlock; block++) {
            int from = block * BLOCK_SIZE;
            int to = (int) Math.min(length, (long) from + BLOCK_SIZE);
            kernel.fill(from, to, blockGenerator(seed, block));
        }
    }

    private static ForkJoinPool pool(int threads) {
        return POOLS.computeIfAbsent(threads, count -> new ForkJoinPool(count, pool -> {
            var worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("seeds-init-" + count + "-" + worker.getPoolIndex());
            worker.setDaemon(true);
            return worker;
        }, null, false));
    }

    /** Splits a range of blocks in halves down to {@code grain} blocks. */
    private static final class BlockRange extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int firstBlock;
        private final int endBlock;
        private final int length;
        private final long seed;
        private final transient BlockKernel kernel;
        private final int grain;

        BlockRange(int firstBlock, int endBlock, int length, long seed, BlockKernel kernel, int grain) {
            this.firstBlock = firstBlock;
            this.endBlock = endBlock;
            this.length = length;
            this.seed = seed;
            this.kernel = kernel;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (endBlock - firstBlock <= grain) {
                fillBlocks(firstBlock, endBlock, length, seed, kernel);
                return;
            }
            int middle = (firstBlock + endBlock) >>> 1;
            invokeAll(new BlockRange(firstBlock, middle, length, seed, kernel, grain),
                    new BlockRange(middle, endBlock, length, seed, kernel, grain));
        }
    }
}
