package org.seedeverything.fingerprint;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads native memory and direct buffers in place through {@code sun.misc.Unsafe} (module jdk.unsupported, needs no
 * JVM flag), the same access zero-allocation-hashing uses. Absent Unsafe, buffers fall back to copying and raw
 * addresses are refused.
 */
final class NativeMemory {
    static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    @SuppressWarnings("removal")
    private static final sun.misc.Unsafe UNSAFE = loadUnsafe();
    private static final long BUFFER_ADDRESS_OFFSET = bufferAddressOffset();
    private static final long BYTE_ARRAY_BASE = UNSAFE == null ? -1 : arrayBase(byte[].class);

    private NativeMemory() {
    }

    @SuppressWarnings("removal")
    private static sun.misc.Unsafe loadUnsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            return null;
        }
    }

    @SuppressWarnings("removal")
    private static long bufferAddressOffset() {
        if (UNSAFE == null) {
            return -1;
        }
        try {
            return UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField("address"));
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            return -1;
        }
    }

    /** Whether raw addresses can be read. */
    static boolean available() {
        return UNSAFE != null;
    }

    /** Whether memory can be hashed in place as canonical (little-endian) bytes. */
    static boolean inPlaceHashing() {
        return UNSAFE != null && LITTLE_ENDIAN;
    }

    @SuppressWarnings("removal")
    static long arrayBase(Class<?> arrayClass) {
        return UNSAFE.arrayBaseOffset(arrayClass);
    }

    /** The address of a direct buffer's first element, or -1 when it cannot be read. */
    @SuppressWarnings("removal")
    static long address(ByteBuffer direct) {
        if (BUFFER_ADDRESS_OFFSET < 0 || !direct.isDirect()) {
            return -1;
        }
        return UNSAFE.getLong(direct, BUFFER_ADDRESS_OFFSET);
    }

    static void requireAvailable() {
        if (UNSAFE == null) {
            throw new UnsupportedOperationException("Reading native memory needs sun.misc.Unsafe (module"
                    + " jdk.unsupported), which this JVM does not provide; fingerprint a ByteBuffer instead");
        }
    }

    /**
     * Copies one element of {@code size} bytes (1, 2, 4 or 8) from native memory to {@code destination}, in native
     * byte order: the strided gather's inner loop, cheaper than a bulk copy of a few bytes.
     */
    @SuppressWarnings("removal")
    static void copyElement(long address, byte[] destination, int destinationOffset, int size) {
        long target = BYTE_ARRAY_BASE + destinationOffset;
        switch (size) {
            case 4 -> UNSAFE.putInt(destination, target, UNSAFE.getInt(address));
            case 8 -> UNSAFE.putLong(destination, target, UNSAFE.getLong(address));
            case 2 -> UNSAFE.putShort(destination, target, UNSAFE.getShort(address));
            case 1 -> UNSAFE.putByte(destination, target, UNSAFE.getByte(address));
            default -> UNSAFE.copyMemory(null, address, destination, target, size);
        }
    }

    /** Copies {@code length} bytes from native memory at {@code address} into {@code destination}. */
    @SuppressWarnings("removal")
    static void copy(long address, byte[] destination, int destinationOffset, int length) {
        UNSAFE.copyMemory(null, address, destination, BYTE_ARRAY_BASE + destinationOffset, length);
    }
}
