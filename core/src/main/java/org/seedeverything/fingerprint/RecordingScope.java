package org.seedeverything.fingerprint;

/**
 * A scope from {@link Fingerprints#recordInto(FingerprintRecorder)}: while open, {@code Fingerprints.record} writes
 * to its recorder; {@link #close()} restores the previous target.
 *
 * @since 0.1
 */
public interface RecordingScope extends AutoCloseable {
    /** Restores the previous target; closing twice has no further effect. */
    @Override
    void close();
}
