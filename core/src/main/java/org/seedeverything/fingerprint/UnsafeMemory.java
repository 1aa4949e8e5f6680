package org.seedeverything.fingerprint;

import java.lang.reflect.Field;

/**
 * {@link RawMemory} through {@code sun.misc.Unsafe} (module jdk.unsupported, no JVM flag), used only on JDK 17 to 21:
 * there the JDK neither warns about it nor offers a final replacement.
 */
@SuppressWarnings("removal")
final class UnsafeMemory extends RawMemory {
    private static final long BYTE_ARRAY_BASE = sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;

    private final sun.misc.Unsafe unsafe;

    UnsafeMemory() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        unsafe = (sun.misc.Unsafe) field.get(null);
    }

    @Override
    void copy(long address, byte[] destination, int destinationOffset, int length) {
        unsafe.copyMemory(null, address, destination, BYTE_ARRAY_BASE + destinationOffset, length);
    }

    @Override
    byte getByte(long address) {
        return unsafe.getByte(address);
    }

    @Override
    short getShort(long address) {
        return unsafe.getShort(address);
    }

    @Override
    int getInt(long address) {
        return unsafe.getInt(address);
    }

    @Override
    long getLong(long address) {
        return unsafe.getLong(address);
    }
}
