package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Fingerprints of arrays, buffers, memory, strings and objects, and the one-line process-wide recording.
 *
 * <pre>{@code
 * Fingerprint weights = Fingerprints.of(w, 784, 256);        // float[] with shape [784, 256]
 * System.out.println(weights);                                // fp1:xxh128:<32 hex digits>
 * Fingerprints.record("layer1.W", w, 784, 256);              // into the manifest named by -Dseeds.manifest=PATH
 * FingerprintFunction secure = Fingerprints.builder().algorithm(FingerprintAlgorithm.SHA_256).build();
 * }</pre>
 *
 * <h2>What is hashed</h2>
 * The element type, the shape, then the values in C order as little-endian bytes: 0.0 and -0.0 differ, and NaNs
 * are compared bitwise unless the function canonicalises them. The same values give the same fingerprint from a Java
 * array, a heap or direct {@link ByteBuffer}, raw memory or a strided view; the ND4J adapter builds on
 * {@link FingerprintFunction#ofMemory} and {@link FingerprintFunction#ofStridedMemory}.
 *
 * <h2>Speed</h2>
 * The default hash is XXH3-128 over 1 MiB chunks combined in a fixed tree; large inputs are read one chunk at a time
 * (never copied whole) and any size (beyond 2 GiB) is fine. Inputs of 8 MiB and more are hashed on several threads
 * of one shared pool (daemon threads, at most one per processor) with the same result as on one thread;
 * {@code builder().threads(1)} keeps every call on the calling thread.
 *
 * <h2>Stability across releases</h2>
 * The byte format is versioned ({@code fp1:}) and specified in {@code src/docs/fingerprint-format.md}; a fingerprint
 * printed today will be reproduced by every later release that prints {@code fp1:}.
 *
 * @since 0.1
 */
public final class Fingerprints {
    /** System property naming the file the process-wide manifest is written to at JVM exit: {@value}. */
    public static final String MANIFEST_PROPERTY = "seeds.manifest";

    private static final FingerprintFunction DEFAULT = builder().build();

    private Fingerprints() {
    }

    /**
     * The default function: XXH3-128, NaN payloads bitwise, inputs of 8 MiB and more hashed on every available
     * processor (the same fingerprint as on one thread).
     */
    public static FingerprintFunction function() {
        return DEFAULT;
    }

    /** A builder for a function with other options (SHA-256, canonical NaN, threads). */
    public static Builder builder() {
        return new Builder();
    }

    /** {@link FingerprintFunction#of(float[], long...)} of the default function. */
    public static Fingerprint of(float[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(double[], long...)} of the default function. */
    public static Fingerprint of(double[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(int[], long...)} of the default function. */
    public static Fingerprint of(int[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(long[], long...)} of the default function. */
    public static Fingerprint of(long[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(byte[], long...)} of the default function. */
    public static Fingerprint of(byte[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(short[], long...)} of the default function. */
    public static Fingerprint of(short[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(boolean[], long...)} of the default function. */
    public static Fingerprint of(boolean[] data, long... shape) {
        return DEFAULT.of(data, shape);
    }

    /** {@link FingerprintFunction#of(ByteBuffer, DType, long...)} of the default function. */
    public static Fingerprint of(ByteBuffer buffer, DType dtype, long... shape) {
        return DEFAULT.of(buffer, dtype, shape);
    }

    /** {@link FingerprintFunction#ofMemory(DType, long[], long, long)} of the default function. */
    public static Fingerprint ofMemory(DType dtype, long[] shape, long address, long byteLength) {
        return DEFAULT.ofMemory(dtype, shape, address, byteLength);
    }

    /** {@link FingerprintFunction#ofStridedMemory(DType, long[], long[], long)} of the default function. */
    public static Fingerprint ofStridedMemory(DType dtype, long[] shape, long[] strides, long address) {
        return DEFAULT.ofStridedMemory(dtype, shape, strides, address);
    }

    /** {@link FingerprintFunction#of(String)} of the default function. */
    public static Fingerprint of(String text) {
        return DEFAULT.of(text);
    }

    /** {@link FingerprintFunction#of(long)} of the default function. */
    public static Fingerprint of(long value) {
        return DEFAULT.of(value);
    }

    /** {@link FingerprintFunction#of(double)} of the default function. */
    public static Fingerprint of(double value) {
        return DEFAULT.of(value);
    }

    /** {@link FingerprintFunction#of(Object, Funnel)} of the default function. */
    public static <T> Fingerprint of(T object, Funnel<? super T> funnel) {
        return DEFAULT.of(object, funnel);
    }

    /**
     * The recorder that {@code Fingerprints.record} writes to: the one set by {@link #recordInto}, else the
     * process-wide recorder, whose manifest is written at JVM exit to the file named by {@value #MANIFEST_PROPERTY}
     * (atomically; nothing is written when the property is unset).
     */
    public static FingerprintRecorder recorder() {
        return ProcessRecording.current();
    }

    /**
     * Sends {@code Fingerprints.record} calls from every thread to {@code recorder} until the returned scope is
     * closed (then the previous target is restored). Used by {@code Determinism.check}; scopes nest but must not be
     * used concurrently.
     */
    public static RecordingScope recordInto(FingerprintRecorder recorder) {
        return ProcessRecording.redirect(Objects.requireNonNull(recorder, "recorder"));
    }

    /** Records {@code FLOAT32} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, float[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code FLOAT64} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, double[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code INT32} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, int[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code INT64} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, long[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code INT8} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, byte[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code INT16} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, short[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records {@code BOOL} values with a shape into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, boolean[] values, long... shape) {
        return recorder().record(name, values, shape);
    }

    /** Records a buffer's remaining elements into {@link #recorder()}; returns their fingerprint. */
    public static Fingerprint record(String name, ByteBuffer buffer, DType dtype, long... shape) {
        return recorder().record(name, buffer, dtype, shape);
    }

    /** Records contiguous native memory ({@link #ofMemory}) into {@link #recorder()}; returns its fingerprint. */
    public static Fingerprint recordMemory(String name, DType dtype, long[] shape, long address, long byteLength) {
        return recorder().recordMemory(name, dtype, shape, address, byteLength);
    }

    /** Records a strided view of native memory ({@link #ofStridedMemory}) into {@link #recorder()}. */
    public static Fingerprint recordStridedMemory(String name, DType dtype, long[] shape, long[] strides,
            long address) {
        return recorder().recordStridedMemory(name, dtype, shape, strides, address);
    }

    /** Records a string into {@link #recorder()}; returns its fingerprint. */
    public static Fingerprint record(String name, String value) {
        return recorder().record(name, value);
    }

    /** Records an integer into {@link #recorder()}; returns its fingerprint. */
    public static Fingerprint record(String name, long value) {
        return recorder().record(name, value);
    }

    /** Records a floating point number into {@link #recorder()}; returns its fingerprint. */
    public static Fingerprint record(String name, double value) {
        return recorder().record(name, value);
    }

    /** Records an object through a funnel into {@link #recorder()}; returns its fingerprint. */
    public static <T> Fingerprint record(String name, T object, Funnel<? super T> funnel) {
        return recorder().record(name, object, funnel);
    }

    /** Options of a {@link FingerprintFunction}. Obtain one from {@link Fingerprints#builder()}. */
    public static final class Builder {
        private FingerprintAlgorithm algorithm = FingerprintAlgorithm.XXH3_128;
        private boolean canonicalNaN;
        private int threads;
        private Executor executor;
        private int chunkBytes = FingerprintFormat.CHUNK_BYTES;

        private Builder() {
        }

        /** The hash (default {@link FingerprintAlgorithm#XXH3_128}). */
        public Builder algorithm(FingerprintAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * Whether every NaN counts as the canonical quiet NaN of its type (default false: NaN payloads count, like
         * every other bit). -0.0 and 0.0 always differ.
         */
        public Builder canonicalizeNaN(boolean canonicalize) {
            this.canonicalNaN = canonicalize;
            return this;
        }

        /**
         * Hashes the chunks of every input of more than one chunk on up to {@code threads} threads: the calling
         * thread and helpers from the JVM's one shared fingerprint pool, which never holds more threads than
         * available processors. {@code threads(1)} keeps every call on the calling thread. Without this option
         * (the default) inputs of at least 8 MiB use every available processor and smaller ones the calling thread.
         * The fingerprint is the same for every thread count.
         *
         * @throws IllegalArgumentException for fewer than 1 thread
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("Thread count " + threads + " is below 1; use 1 to hash on the"
                        + " calling thread");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Hashes the chunks of every input of more than one chunk on the calling thread and up to
         * {@code tasks - 1} helper tasks on {@code executor} instead of the shared pool. The caller works too, so a
         * busy or bounded executor delays the hash but cannot deadlock it.
         */
        public Builder executor(Executor executor, int tasks) {
            threads(tasks);
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        Builder chunkBytes(int chunkBytes) {
            this.chunkBytes = chunkBytes;
            return this;
        }

        /** The function with these options. */
        public FingerprintFunction build() {
            return new DefaultFingerprintFunction(algorithm, canonicalNaN, threads, executor, chunkBytes);
        }
    }
}
