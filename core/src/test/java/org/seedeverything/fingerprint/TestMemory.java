package org.seedeverything.fingerprint;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.Buffer;
import java.nio.ByteBuffer;

/**
 * Native memory for tests, reached without the code under test: through the Foreign Function and Memory API on
 * JDK 22+ (by reflection, as the tests compile for Java 17) and through {@code sun.misc.Unsafe} before.
 */
final class TestMemory {
    private static final boolean FOREIGN = Runtime.version().feature() >= 22;

    private TestMemory() {
    }

    /** The address of a direct buffer's first byte. */
    static long address(ByteBuffer direct) {
        try {
            if (FOREIGN) {
                Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
                Object view = segment.getMethod("ofBuffer", Buffer.class).invoke(null, direct);
                return (long) segment.getMethod("address").invoke(view);
            }
            sun.misc.Unsafe unsafe = unsafe();
            return unsafe.getLong(direct, unsafe.objectFieldOffset(Buffer.class.getDeclaredField("address")));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zeroed native memory of {@code bytes} bytes, freed on close. */
    static Block allocate(long bytes) {
        try {
            return FOREIGN ? new ForeignBlock(bytes) : new UnsafeBlock(bytes);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof OutOfMemoryError noRoom) {
                throw noRoom;
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("removal")
    private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (sun.misc.Unsafe) field.get(null);
    }

    /** A block of native memory. */
    interface Block extends AutoCloseable {
        long address();

        void putByte(long offset, byte value);

        /** Copies {@code length} bytes from {@code offset} of the block into {@code destination}. */
        void read(long offset, byte[] destination, int length);

        @Override
        void close();
    }

    private static final class ForeignBlock implements Block {
        private final AutoCloseable arena;
        private final Object segment;
        private final long address;

        ForeignBlock(long bytes) throws ReflectiveOperationException {
            Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
            arena = (AutoCloseable) arenaType.getMethod("ofShared").invoke(null);
            segment = arenaType.getMethod("allocate", long.class, long.class).invoke(arena, bytes, 64L);
            address = (long) Class.forName("java.lang.foreign.MemorySegment").getMethod("address").invoke(segment);
        }

        @Override
        public long address() {
            return address;
        }

        private ByteBuffer slice(long offset, int length) {
            try {
                Class<?> type = Class.forName("java.lang.foreign.MemorySegment");
                Object part = type.getMethod("asSlice", long.class, long.class).invoke(segment, offset, (long) length);
                return (ByteBuffer) type.getMethod("asByteBuffer").invoke(part);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void putByte(long offset, byte value) {
            slice(offset, 1).put(0, value);
        }

        @Override
        public void read(long offset, byte[] destination, int length) {
            slice(offset, length).get(0, destination, 0, length);
        }

        @Override
        public void close() {
            try {
                arena.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("removal")
    private static final class UnsafeBlock implements Block {
        private final sun.misc.Unsafe unsafe;
        private final long address;

        UnsafeBlock(long bytes) throws ReflectiveOperationException {
            unsafe = unsafe();
            address = unsafe.allocateMemory(bytes);
            unsafe.setMemory(address, bytes, (byte) 0);
        }

        @Override
        public long address() {
            return address;
        }

        @Override
        public void putByte(long offset, byte value) {
            unsafe.putByte(address + offset, value);
        }

        @Override
        public void read(long offset, byte[] destination, int length) {
            unsafe.copyMemory(null, address + offset, destination, sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET, length);
        }

        @Override
        public void close() {
            unsafe.freeMemory(address);
        }
    }
}
