package org.seedeverything.fingerprint;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records named values in order, keeping each one's fingerprint, element type, shape and statistics (and the values
 * of small arrays), and produces a {@link Manifest}. Thread-safe; entries appear in the order the calls finish.
 *
 * <pre>{@code
 * FingerprintRecorder recorder = FingerprintRecorder.create();
 * recorder.record("layer1.W", weights, 784, 256);
 * recorder.record("vocabulary", String.join(",", words));
 * recorder.manifest().write(Path.of("run.manifest.json"));
 * }</pre>
 *
 * @since 0.1
 */
public final class FingerprintRecorder {
    /** Default for {@link Builder#retainValues(long)}: values up to 1024 elements only. */
    public static final long DEFAULT_RETAINED_BYTES = 0;

    private final DefaultFingerprintFunction function;
    private final long retainBytes;
    private final List<ManifestEntry> entries = new ArrayList<>();

    private FingerprintRecorder(DefaultFingerprintFunction function, long retainBytes) {
        this.function = function;
        this.retainBytes = retainBytes;
    }

    /** A recorder with the default function that keeps the values of arrays up to 1024 elements. */
    public static FingerprintRecorder create() {
        return builder().build();
    }

    /** A builder for the function and how many values to keep. */
    public static Builder builder() {
        return new Builder();
    }

    /** Records {@code FLOAT32} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, float[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code FLOAT64} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, double[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code INT32} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, int[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code INT64} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, long[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code INT8} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, byte[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code INT16} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, short[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records {@code BOOL} values with a shape (none: a vector); returns their fingerprint. */
    public Fingerprint record(String name, boolean[] values, long... shape) {
        return record(name, EntryKind.ARRAY, ArrayPayload.of(values, shape), null);
    }

    /** Records a buffer's remaining elements (in the buffer's byte order); returns their fingerprint. */
    public Fingerprint record(String name, ByteBuffer buffer, DType dtype, long... shape) {
        return record(name, EntryKind.ARRAY, new BufferPayload(buffer, dtype, shape), null);
    }

    /** Records contiguous native memory, as {@link FingerprintFunction#ofMemory}; returns its fingerprint. */
    public Fingerprint recordMemory(String name, DType dtype, long[] shape, long address, long byteLength) {
        return record(name, EntryKind.ARRAY, new MemoryPayload(dtype, shape, address, byteLength), null);
    }

    /** Records a strided view of native memory, as {@link FingerprintFunction#ofStridedMemory}. */
    public Fingerprint recordStridedMemory(String name, DType dtype, long[] shape, long[] strides, long address) {
        return record(name, EntryKind.ARRAY, new StridedPayload(dtype, shape, strides, address), null);
    }

    /** Records a string (its first {@value ManifestEntry#MAX_TEXT} characters are kept); returns its fingerprint. */
    public Fingerprint record(String name, String value) {
        Objects.requireNonNull(value, () -> "the value recorded as \"" + name + "\" is null");
        String kept = value.length() <= ManifestEntry.MAX_TEXT ? value : value.substring(0, ManifestEntry.MAX_TEXT);
        Payload payload = DefaultFingerprintFunction.textPayload(value);
        Fingerprint fingerprint = function.of(payload);
        return add(new ManifestEntry(checkName(name), EntryKind.TEXT, fingerprint, payload.dtype, payload.shape,
                null, null, null, kept));
    }

    /** Records an integer ({@code INT64}, shape {@code []}); returns its fingerprint. */
    public Fingerprint record(String name, long value) {
        return record(name, EntryKind.NUMBER, DefaultFingerprintFunction.scalarPayload(value), null);
    }

    /** Records a floating point number ({@code FLOAT64}, shape {@code []}); returns its fingerprint. */
    public Fingerprint record(String name, double value) {
        return record(name, EntryKind.NUMBER, DefaultFingerprintFunction.scalarPayload(value), null);
    }

    /** Records an object through a funnel (fingerprint only, no statistics); returns its fingerprint. */
    public <T> Fingerprint record(String name, T object, Funnel<? super T> funnel) {
        FingerprintSink sink = function.newSink().putObject(object, funnel);
        long bytes = sink.byteCount();
        Fingerprint fingerprint = sink.fingerprint();
        return add(new ManifestEntry(checkName(name), EntryKind.OBJECT, fingerprint, DType.BYTES,
                new long[] {bytes}, null, null, null, null));
    }

    private Fingerprint record(String name, EntryKind kind, Payload payload, String text) {
        String checked = checkName(name);
        Fingerprint fingerprint = function.of(payload);
        ContentSummary summary = ContentSummary.of(payload, retainBytes);
        return add(new ManifestEntry(checked, kind, fingerprint, payload.dtype, payload.shape, summary.statistics,
                summary.values, summary.blocks, text));
    }

    private synchronized Fingerprint add(ManifestEntry entry) {
        entries.add(entry);
        return entry.fingerprint();
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An entry needs a non-blank name, got " + (name == null ? "null"
                    : "\"" + name + "\"") + "; use a dotted path such as \"layer1.W\"");
        }
        return name;
    }

    /** Number of entries recorded so far. */
    public synchronized int size() {
        return entries.size();
    }

    /** A snapshot of the entries recorded so far, including every kept value. */
    public synchronized Manifest manifest() {
        return new Manifest(entries);
    }

    /** Removes every entry. */
    public synchronized void clear() {
        entries.clear();
    }

    /** The function this recorder fingerprints with. */
    public FingerprintFunction function() {
        return function;
    }

    /** Options of a {@link FingerprintRecorder}. */
    public static final class Builder {
        private FingerprintFunction function = Fingerprints.function();
        private long retainBytes = DEFAULT_RETAINED_BYTES;

        private Builder() {
        }

        /** The function to fingerprint with (default {@link Fingerprints#function()}). */
        public Builder function(FingerprintFunction function) {
            this.function = Objects.requireNonNull(function, "function");
            return this;
        }

        /**
         * Keeps in memory the values of arrays up to {@code bytes} bytes (besides those up to 1024 elements, which
         * are always kept), so a comparison in the same JVM can name the first differing element of large arrays.
         * Only arrays up to 1024 elements are written to JSON.
         *
         * @throws IllegalArgumentException for a negative size
         */
        public Builder retainValues(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("Retained bytes " + bytes + " is negative; use 0 for the default");
            }
            this.retainBytes = bytes;
            return this;
        }

        /** The recorder. */
        public FingerprintRecorder build() {
            return new FingerprintRecorder((DefaultFingerprintFunction) function, retainBytes);
        }
    }
}
