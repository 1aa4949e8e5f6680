package org.seedeverything.djl.internal;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedeverything.spi.DeterminismNote;

/**
 * The deterministic-execution settings DJL's PyTorch engine offers: libtorch's intra-op and inter-op thread counts
 * (through {@code JniUtils} once the engine is loaded, through DJL's system properties
 * {@value #THREADS_PROPERTY} and {@value #INTEROP_THREADS_PROPERTY} before) and cuDNN's benchmark mode (off). One
 * thread makes CPU reductions independent of the machine's core count. DJL 0.36 has no call for {@code torch.use_deterministic_algorithms}, which
 * matters on GPUs; that is reported, not hidden.
 */
final class PyTorchSettings {
    static final String ENGINE_NAME = "PyTorch";
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    static final String INTEROP_THREADS_PROPERTY = "ai.djl.pytorch.num_interop_threads";
    private static final String SOURCE = "djl.pytorch";

    private PyTorchSettings() {
    }

    /** Sets one libtorch thread; {@code loaded} says whether seeding loaded the engine. */
    static List<DeterminismNote> enforce(boolean loaded) {
        List<DeterminismNote> notes = new ArrayList<>();
        if (!Engine.getAllEngines().contains(ENGINE_NAME)) {
            return notes;
        }
        if (!loaded) {
            System.setProperty(THREADS_PROPERTY, "1");
            System.setProperty(INTEROP_THREADS_PROPERTY, "1");
            notes.add(DeterminismNote.applied(SOURCE,
                    "libtorch will start with 1 intra-op and 1 inter-op thread (-D" + THREADS_PROPERTY + "=1)"));
            return notes;
        }
        JniUtils.setNumThreads(1);
        notes.add(DeterminismNote.applied(SOURCE,
                "libtorch intra-op threads set to " + JniUtils.getNumThreads()
                        + ": CPU reductions no longer depend on the core count"));
        try {
            JniUtils.setNumInteropThreads(1);
            notes.add(DeterminismNote.applied(SOURCE, "libtorch inter-op threads set to 1"));
        } catch (RuntimeException tooLate) {
            notes.add(DeterminismNote.notApplied(SOURCE,
                    "libtorch inter-op threads stay at " + JniUtils.getNumInteropThreads()
                            + " (libtorch allows the change only before its first parallel work)",
                    "start the JVM with -D" + INTEROP_THREADS_PROPERTY + "=1"));
        }
        JniUtils.setBenchmarkCuDNN(false);
        notes.add(DeterminismNote.applied(SOURCE,
                "cuDNN benchmark mode off: convolution kernels are not chosen by timing"));
        if (Engine.getEngine(ENGINE_NAME).getGpuCount() > 0) {
            notes.add(DeterminismNote.notApplied(SOURCE,
                    "torch.use_deterministic_algorithms is not reachable through DJL 0.36: some CUDA kernels"
                            + " (atomics in index_add, scatter, some convolutions) stay nondeterministic",
                    "set CUBLAS_WORKSPACE_CONFIG=:4096:8 in the environment, keep -Dai.djl.pytorch.cudnn_benchmark"
                            + " unset, and check with Determinism.check on the GPU"));
        }
        return notes;
    }

    static List<String> childJvmOptions() {
        return List.of("-D" + THREADS_PROPERTY + "=1", "-D" + INTEROP_THREADS_PROPERTY + "=1");
    }

    static Map<String, String> facts() {
        return Map.of("djl.pytorch.version", Engine.getEngine(ENGINE_NAME).getVersion(),
                "djl.pytorch.threads", String.valueOf(JniUtils.getNumThreads()),
                "djl.pytorch.interop-threads", String.valueOf(JniUtils.getNumInteropThreads()));
    }
}
