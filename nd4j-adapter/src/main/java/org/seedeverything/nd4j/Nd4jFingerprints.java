package org.seedeverything.nd4j;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.nd4j.internal.ArrayMemory;

/**
 * Fingerprints of {@link INDArray}s, equal to the core fingerprint of the same values in a Java array of the same
 * shape.
 *
 * <pre>{@code
 * Fingerprint weights = Nd4jFingerprints.of(network.params());
 * Nd4jFingerprints.recordAll(recorder, network.paramTable());   // one manifest entry per parameter, by key
 * }</pre>
 *
 * <p>The element type and the shape are part of the fingerprint: FLOAT and DOUBLE arrays of equal values differ, and
 * so do an array and its transpose. The memory order is not: a view, an 'f'-order array or a strided slice has the
 * fingerprint of its {@code dup('c')}. Contiguous C-order arrays are read from {@code address + offset} a chunk at a
 * time (never copied whole); views with contiguous rows are read along their strides; other layouts ('f' order,
 * columns) up to 1 GiB are copied to C order first, because that is about five times faster than reading them element
 * by element. Arrays over 2 GiB are read in full (ND4J's {@code asNio()} would stop at 2 GiB). On JDK 22+ the memory
 * is read through the Foreign Function and Memory API (no {@code sun.misc.Unsafe}); run with
 * {@code --enable-native-access=ALL-UNNAMED}, which ND4J's own native library loading wants on JDK 24+ as well.
 *
 * @since 0.1
 */
public final class Nd4jFingerprints {
    /** Largest array, in bytes, that is copied to C order rather than read element by element: {@value}. */
    static final long COPY_LIMIT_BYTES = 1L << 30;

    private Nd4jFingerprints() {
    }

    /** The fingerprint of {@code array} with the default function ({@link Fingerprints#function()}). */
    public static Fingerprint of(INDArray array) {
        return of(Fingerprints.function(), array);
    }

    /**
     * The fingerprint of {@code array} with {@code function}.
     *
     * @throws IllegalArgumentException for compressed arrays and for data types without fixed-size elements (UTF8)
     */
    public static Fingerprint of(FingerprintFunction function, INDArray array) {
        Objects.requireNonNull(function, "function");
        return withReadableLayout(array, memory -> {
            if (memory.length() == 0) {
                return function.of(ByteBuffer.allocate(0), memory.dtype(), memory.shape());
            }
            if (memory.cOrderContiguous()) {
                return function.ofMemory(memory.dtype(), memory.shape(), memory.address(), memory.byteLength());
            }
            return function.ofStridedMemory(memory.dtype(), memory.shape(), memory.strides(), memory.address());
        });
    }

    /** Records {@code array} under {@code name} (fingerprint, type, shape, statistics); returns its fingerprint. */
    public static Fingerprint record(FingerprintRecorder recorder, String name, INDArray array) {
        Objects.requireNonNull(recorder, "recorder");
        return withReadableLayout(array, memory -> {
            if (memory.length() == 0) {
                return recorder.record(name, ByteBuffer.allocate(0), memory.dtype(), memory.shape());
            }
            if (memory.cOrderContiguous()) {
                return recorder.recordMemory(name, memory.dtype(), memory.shape(), memory.address(),
                        memory.byteLength());
            }
            return recorder.recordStridedMemory(name, memory.dtype(), memory.shape(), memory.strides(),
                    memory.address());
        });
    }

    /**
     * Records every array of {@code arrays} (for example DL4J's {@code paramTable()}) in the natural order of the
     * keys, so the manifest does not depend on the map's iteration order.
     */
    public static void recordAll(FingerprintRecorder recorder, Map<String, ? extends INDArray> arrays) {
        Objects.requireNonNull(arrays, "arrays");
        new TreeMap<String, INDArray>(arrays).forEach((name, array) -> record(recorder, name, array));
    }

    /**
     * Hands {@code hash} the memory layout of {@code array}, or of a C-order copy when that is faster: reading along
     * the strides is fast when the last dimension is contiguous (a block of rows) or when rows lie side by side (a
     * transpose, 2-d 'f' order: measured about half the time of {@code dup('c')} and a contiguous read), but other
     * layouts would be read element by element, where the copy is faster. Arrays over {@value #COPY_LIMIT_BYTES}
     * bytes are never copied, to keep memory use flat.
     */
    private static Fingerprint withReadableLayout(INDArray array, Function<ArrayMemory, Fingerprint> hash) {
        Objects.requireNonNull(array, "array");
        // On a GPU backend the host copy may be stale; on the CPU backend this does nothing.
        Nd4j.getAffinityManager().ensureLocation(array, AffinityManager.Location.HOST);
        ArrayMemory memory = ArrayMemory.of(array);
        if (memory.cOrderContiguous() || memory.lastDimensionContiguous() || memory.rowsSideBySide()
                || memory.byteLength() > COPY_LIMIT_BYTES) {
            try {
                return hash.apply(memory);
            } finally {
                Reference.reachabilityFence(array);
            }
        }
        INDArray copy = array.dup('c');
        try {
            return hash.apply(ArrayMemory.of(copy));
        } finally {
            Reference.reachabilityFence(copy);
            if (copy.closeable()) {
                copy.close();
            }
        }
    }
}
