package org.seedeverything.fingerprint;

import java.nio.ByteOrder;

/**
 * Reads native memory at raw addresses ({@link FingerprintFunction#ofMemory}, strided views). On JDK 22 and later
 * through the Foreign Function and Memory API ({@link ForeignMemory}), so nothing touches {@code sun.misc.Unsafe},
 * whose memory access the JDK warns about from 24 and will deny; on JDK 17 to 21, where that API is not final,
 * through {@code sun.misc.Unsafe} ({@link UnsafeMemory}). Only the chosen implementation is ever loaded. Arrays and
 * {@code ByteBuffer}s never come here: they are read through their own public API on every JDK.
 */
abstract class RawMemory {
    static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    /** First JDK whose Foreign Function and Memory API is final. */
    static final int FOREIGN_MEMORY_RELEASE = 22;

    private static final Throwable UNAVAILABLE_BECAUSE;
    private static final RawMemory INSTANCE;

    static {
        RawMemory chosen = null;
        Throwable failure = null;
        try {
            chosen = Runtime.version().feature() >= FOREIGN_MEMORY_RELEASE ? new ForeignMemory() : new UnsafeMemory();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            // an ExceptionInInitializerError of ForeignMemory included (native access denied): reported on use
            failure = unavailable;
        }
        INSTANCE = chosen;
        UNAVAILABLE_BECAUSE = failure;
    }

    /** The memory reader of this JVM. */
    static RawMemory get() {
        if (INSTANCE == null) {
            throw new UnsupportedOperationException("Reading native memory at an address needs the Foreign Function"
                    + " and Memory API with native access allowed (JDK 22+: --enable-native-access=ALL-UNNAMED, or the"
                    + " module's name) or sun.misc.Unsafe (JDK 17-21), and this JVM allows neither; fingerprint a"
                    + " direct ByteBuffer instead", UNAVAILABLE_BECAUSE);
        }
        return INSTANCE;
    }

    /** Copies {@code length} bytes at {@code address} into {@code destination} from {@code destinationOffset}. */
    abstract void copy(long address, byte[] destination, int destinationOffset, int length);

    abstract byte getByte(long address);

    abstract short getShort(long address);

    abstract int getInt(long address);

    abstract long getLong(long address);
}
