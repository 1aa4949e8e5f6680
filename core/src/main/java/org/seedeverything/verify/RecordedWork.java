package org.seedeverything.verify;

import org.seedeverything.fingerprint.FingerprintRecorder;

/**
 * The work a determinism check runs several times: it records what it computes into the recorder it is given (or
 * through {@code Fingerprints.record}, which the check redirects to the same recorder).
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RecordedWork {
    /** Runs the work once, recording its results. */
    void run(FingerprintRecorder recorder) throws Exception;
}
