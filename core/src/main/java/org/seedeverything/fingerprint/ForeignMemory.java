package org.seedeverything.fingerprint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * {@link RawMemory} through the Foreign Function and Memory API of JDK 22 and later ({@code java.lang.foreign}):
 * one memory segment spanning the whole address space, read with its var handles and bulk copy. The core is compiled
 * for Java 17, so the API is bound once through method handles; after that the JIT compiles the reads as direct
 * loads.
 *
 * <p>Widening a segment to the whole address space is a <em>restricted</em> method: unless native access is enabled
 * for the caller ({@code --enable-native-access=ALL-UNNAMED}, or the module name), the JVM prints one warning the
 * first time raw memory is fingerprinted. Arrays and buffers never get here.
 */
final class ForeignMemory extends RawMemory {
    // static final: the JIT treats the handles as constants and inlines the reads
    private static final MethodHandle COPY;
    private static final MethodHandle GET_BYTE;
    private static final MethodHandle GET_SHORT;
    private static final MethodHandle GET_INT;
    private static final MethodHandle GET_LONG;

    static {
        try {
            Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Object nullSegment = segment.getField("NULL").get(null);
            Object everything = segment.getMethod("reinterpret", long.class).invoke(nullSegment, Long.MAX_VALUE);
            MethodHandle bulkCopy = MethodHandles.publicLookup().findStatic(segment, "copy", MethodType.methodType(
                    void.class, segment, valueLayout, long.class, Object.class, int.class, int.class));
            COPY = MethodHandles.insertArguments(bulkCopy, 0, everything, layout(valueLayout, "JAVA_BYTE"));
            GET_BYTE = reader(valueLayout, "JAVA_BYTE", byte.class, everything);
            GET_SHORT = reader(valueLayout, "JAVA_SHORT_UNALIGNED", short.class, everything);
            GET_INT = reader(valueLayout, "JAVA_INT_UNALIGNED", int.class, everything);
            GET_LONG = reader(valueLayout, "JAVA_LONG_UNALIGNED", long.class, everything);
        } catch (ReflectiveOperationException unavailable) {
            throw new ExceptionInInitializerError(unavailable);
        }
    }

    private static Object layout(Class<?> valueLayout, String name) throws ReflectiveOperationException {
        return valueLayout.getField(name).get(null);
    }

    /** {@code (long address) -> value}: the layout's var handle (coordinates segment, offset) bound to the segment. */
    private static MethodHandle reader(Class<?> valueLayout, String name, Class<?> carrier, Object everything)
            throws ReflectiveOperationException {
        Object layout = layout(valueLayout, name);
        VarHandle handle = (VarHandle) valueLayout.getMethod("varHandle").invoke(layout);
        MethodHandle get = handle.toMethodHandle(VarHandle.AccessMode.GET).bindTo(everything);
        return get.asType(MethodType.methodType(carrier, long.class));
    }

    @Override
    void copy(long address, byte[] destination, int destinationOffset, int length) {
        try {
            COPY.invokeExact(address, (Object) destination, destinationOffset, length);
        } catch (Throwable failure) {
            throw rethrow(failure);
        }
    }

    @Override
    byte getByte(long address) {
        try {
            return (byte) GET_BYTE.invokeExact(address);
        } catch (Throwable failure) {
            throw rethrow(failure);
        }
    }

    @Override
    short getShort(long address) {
        try {
            return (short) GET_SHORT.invokeExact(address);
        } catch (Throwable failure) {
            throw rethrow(failure);
        }
    }

    @Override
    int getInt(long address) {
        try {
            return (int) GET_INT.invokeExact(address);
        } catch (Throwable failure) {
            throw rethrow(failure);
        }
    }

    @Override
    long getLong(long address) {
        try {
            return (long) GET_LONG.invokeExact(address);
        } catch (Throwable failure) {
            throw rethrow(failure);
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("Reading native memory failed", failure);
    }
}
