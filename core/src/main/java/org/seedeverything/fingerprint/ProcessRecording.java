package org.seedeverything.fingerprint;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The process-wide recorder, its manifest written at JVM exit to {@value Fingerprints#MANIFEST_PROPERTY}, and the
 * redirection used by {@link Fingerprints#recordInto(FingerprintRecorder)}.
 */
final class ProcessRecording {
    private static volatile FingerprintRecorder redirected;

    private ProcessRecording() {
    }

    /** Created on first use; registers the exit hook then if the property is set. */
    private static final class Holder {
        static final FingerprintRecorder PROCESS = FingerprintRecorder.create();

        static {
            String target = System.getProperty(Fingerprints.MANIFEST_PROPERTY);
            if (target != null && !target.isBlank()) {
                Path path = Path.of(target);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> PROCESS.manifest().write(path),
                        "seeds-manifest-writer"));
            }
        }
    }

    static FingerprintRecorder current() {
        FingerprintRecorder target = redirected;
        return target != null ? target : Holder.PROCESS;
    }

    static synchronized RecordingScope redirect(FingerprintRecorder recorder) {
        FingerprintRecorder previous = redirected;
        redirected = recorder;
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                synchronized (ProcessRecording.class) {
                    redirected = previous;
                }
            }
        };
    }
}
