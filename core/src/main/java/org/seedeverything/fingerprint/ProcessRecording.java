package org.seedeverything.fingerprint;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seedeverything.internal.targets.TargetCatalogue;

/**
 * The process-wide recorder, its manifest (with the run's environment facts) written at JVM exit to
 * {@value Fingerprints#MANIFEST_PROPERTY}, and the
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
                Runtime.getRuntime().addShutdownHook(new Thread(() -> writeAtExit(path), "seeds-manifest-writer"));
            }
        }
    }

    private static void writeAtExit(Path path) {
        try {
            Holder.PROCESS.manifest().withEnvironment(TargetCatalogue.environmentFacts()).write(path);
        } catch (RuntimeException failed) {
            // logging may already be shut down at exit, so the message goes straight to stderr
            System.err.println("seed-everything: could not write the fingerprint manifest to " + path + " (-D"
                    + Fingerprints.MANIFEST_PROPERTY + "): " + failed.getMessage());
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
