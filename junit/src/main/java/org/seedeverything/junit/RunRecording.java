package org.seedeverything.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.fingerprint.RecordingScope;
import org.seedeverything.verify.Determinism;

/**
 * The per-run part of a {@link DeterminismCheck}: a fresh recorder for the run (injected, and the target of
 * {@code Fingerprints.record}), the body in this JVM or in a fresh one, and the comparison with the first run.
 */
final class RunRecording implements BeforeEachCallback, AfterEachCallback, ParameterResolver, InvocationInterceptor {
    private final DeterminismRun run;

    RunRecording(DeterminismRun run) {
        this.run = run;
    }

    /** The run's recorder and the redirection of {@code Fingerprints.record} to it. */
    private record Recording(FingerprintRecorder recorder, RecordingScope scope) {
    }

    /** A manifest that a fresh JVM wrote for this run. */
    private record ForkedManifest(Manifest manifest) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        FingerprintRecorder recorder = FingerprintRecorder.builder()
                .retainValues(Determinism.DEFAULT_RETAINED_BYTES).build();
        context.getStore(DeterminismCheckExtension.NAMESPACE)
                .put(Recording.class, new Recording(recorder, Fingerprints.recordInto(recorder)));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FingerprintRecorder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(DeterminismCheckExtension.NAMESPACE)
                .get(Recording.class, Recording.class).recorder();
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext extensionContext) throws Throwable {
        if (run.where() != DeterminismRun.Where.FORKED) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        SeededScope scope = SeedEverythingExtension.scopeOf(extensionContext);
        Manifest manifest = ForkedRun.execute(extensionContext, run, scope.master().seed());
        extensionContext.getStore(DeterminismCheckExtension.NAMESPACE)
                .put(ForkedManifest.class, new ForkedManifest(manifest));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(DeterminismCheckExtension.NAMESPACE);
        Recording recording = store.remove(Recording.class, Recording.class);
        if (recording == null) {
            return;
        }
        recording.scope().close();
        if (context.getExecutionException().isPresent()) {
            return;
        }
        if (run.where() == DeterminismRun.Where.IN_CHILD) {
            recording.recorder().manifest().write(run.childManifest());
            return;
        }
        ForkedManifest forked = store.remove(ForkedManifest.class, ForkedManifest.class);
        Manifest manifest = forked != null ? forked.manifest() : recording.recorder().manifest();
        AssertionFailedError difference = RunComparison.compare(context, run, manifest);
        if (difference != null) {
            throw (AssertionFailedError) SeedEverythingExtension.withReproduceLine(context, difference);
        }
    }
}
