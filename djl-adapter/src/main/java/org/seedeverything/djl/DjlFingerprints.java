package org.seedeverything.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Function;
import org.seedeverything.fingerprint.DType;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintFunction;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * Fingerprints of DJL {@link NDArray}s, equal to the core fingerprint of the same values in a Java array of the same
 * shape ({@code Fingerprints.of(float[], shape)} and friends).
 *
 * <pre>{@code
 * Fingerprint weights = DjlFingerprints.of(linear.getParameters().get("weight").getArray());
 * DjlFingerprints.recordParameters(Fingerprints.recorder(), model.getBlock());  // one manifest entry per parameter
 * }</pre>
 *
 * <p>The element type and the shape are part of the fingerprint; the memory layout is not: a transposed or sliced
 * view has the fingerprint of its contiguous copy. A contiguous CPU array of the PyTorch engine is hashed in place,
 * through the direct buffer DJL exposes over the tensor's memory; other layouts, devices and engines go through the
 * contiguous host copy that {@code NDArray.toByteBuffer(true)} makes.
 *
 * @since 0.1
 */
public final class DjlFingerprints {
    private DjlFingerprints() {
    }

    /** The fingerprint of {@code array} with the default function ({@link Fingerprints#function()}). */
    public static Fingerprint of(NDArray array) {
        return of(Fingerprints.function(), array);
    }

    /**
     * The fingerprint of {@code array} with {@code function}.
     *
     * @throws IllegalArgumentException for data types without a fixed-size real element (STRING, COMPLEX64, UNKNOWN)
     */
    public static Fingerprint of(FingerprintFunction function, NDArray array) {
        Objects.requireNonNull(function, "function");
        return withHostBytes(array, (buffer) -> function.of(buffer, dtype(array), shape(array)));
    }

    /** Records {@code array} under {@code name} into {@link Fingerprints#recorder()}; returns its fingerprint. */
    public static Fingerprint record(String name, NDArray array) {
        return record(Fingerprints.recorder(), name, array);
    }

    /** Records {@code array} under {@code name} (fingerprint, type, shape, statistics); returns its fingerprint. */
    public static Fingerprint record(FingerprintRecorder recorder, String name, NDArray array) {
        Objects.requireNonNull(recorder, "recorder");
        return withHostBytes(array, (buffer) -> recorder.record(name, buffer, dtype(array), shape(array)));
    }

    /**
     * Records every initialised parameter of {@code block} under its DJL name (for example
     * {@code "01Linear_weight"}), in the block's own order, which is fixed by its structure.
     */
    public static void recordParameters(FingerprintRecorder recorder, Block block) {
        Objects.requireNonNull(block, "block");
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (parameter.getValue().isInitialized()) {
                record(recorder, parameter.getKey(), parameter.getValue().getArray());
            }
        }
    }

    /** The core element type of a DJL data type; names the fix for types without one. */
    static DType dtype(NDArray array) {
        DataType type = array.getDataType();
        return switch (type) {
            case FLOAT32 -> DType.FLOAT32;
            case FLOAT64 -> DType.FLOAT64;
            case FLOAT16 -> DType.FLOAT16;
            case BFLOAT16 -> DType.BFLOAT16;
            case INT8 -> DType.INT8;
            case UINT8 -> DType.UINT8;
            case INT16 -> DType.INT16;
            case UINT16 -> DType.UINT16;
            case INT32 -> DType.INT32;
            case UINT32 -> DType.UINT32;
            case INT64 -> DType.INT64;
            case UINT64 -> DType.UINT64;
            case BOOLEAN -> DType.BOOL;
            default -> throw new IllegalArgumentException("DJL data type " + type.name() + " has no fingerprint element"
                    + " type; convert the array first, e.g. array.toType(DataType.FLOAT32, false), or for"
                    + " COMPLEX64 fingerprint array.real() and array.imag() apart");
        };
    }

    private static long[] shape(NDArray array) {
        return array.getShape().getShape();
    }

    private static Fingerprint withHostBytes(NDArray array, Function<ByteBuffer, Fingerprint> hash) {
        Objects.requireNonNull(array, "array");
        dtype(array);
        NDArray dense = array.isSparse() ? array.toDense() : array;
        try {
            ByteBuffer bytes = dense.size() == 0 ? ByteBuffer.allocate(0) : dense.toByteBuffer(true);
            return hash.apply(bytes);
        } finally {
            // The direct buffer points into the tensor's memory: keep the tensor alive until the hash is done.
            Reference.reachabilityFence(dense);
            Reference.reachabilityFence(array);
        }
    }
}
