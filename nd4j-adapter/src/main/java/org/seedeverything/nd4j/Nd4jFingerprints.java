package org.seedeverything.nd4j;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * fingerprint of its {@code dup('c')}. Contiguous C-order arrays are hashed in place at {@code address + offset}; others
 * are read along their strides, never copied. Arrays over 2 GiB are read in full (ND4J's {@code asNio()} would stop
 * at 2 GiB).
 *
 * @since 0.1
 */
public final class Nd4jFingerprints {
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
        ArrayMemory memory = readableMemory(array);
        try {
            if (memory.length() == 0) {
                return function.of(ByteBuffer.allocate(0), memory.dtype(), memory.shape());
            }
            if (memory.cOrderContiguous()) {
                return function.ofMemory(memory.dtype(), memory.shape(), memory.address(), memory.byteLength());
            }
            return function.ofStridedMemory(memory.dtype(), memory.shape(), memory.strides(), memory.address());
        } finally {
            Reference.reachabilityFence(array);
        }
    }

    /** Records {@code array} under {@code name} (fingerprint, type, shape, statistics); returns its fingerprint. */
    public static Fingerprint record(FingerprintRecorder recorder, String name, INDArray array) {
        Objects.requireNonNull(recorder, "recorder");
        ArrayMemory memory = readableMemory(array);
        try {
            if (memory.length() == 0) {
                return recorder.record(name, ByteBuffer.allocate(0), memory.dtype(), memory.shape());
            }
            if (memory.cOrderContiguous()) {
                return recorder.recordMemory(name, memory.dtype(), memory.shape(), memory.address(),
                        memory.byteLength());
            }
            return recorder.recordStridedMemory(name, memory.dtype(), memory.shape(), memory.strides(),
                    memory.address());
        } finally {
            Reference.reachabilityFence(array);
        }
    }

    /**
     * Records every array of {@code arrays} (for example DL4J's {@code paramTable()}) in the natural order of the
     * keys, so the manifest does not depend on the map's iteration order.
     */
    public static void recordAll(FingerprintRecorder recorder, Map<String, ? extends INDArray> arrays) {
        Objects.requireNonNull(arrays, "arrays");
        new TreeMap<String, INDArray>(arrays).forEach((name, array) -> record(recorder, name, array));
    }

    private static ArrayMemory readableMemory(INDArray array) {
        Objects.requireNonNull(array, "array");
        // On a GPU backend the host copy may be stale; on the CPU backend this does nothing.
        Nd4j.getAffinityManager().ensureLocation(array, AffinityManager.Location.HOST);
        return ArrayMemory.of(array);
    }
}
