package org.seedeverything.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link DeterminismCheck}: provides one invocation per run; each run records into its own
 * recorder and is compared with the first (see {@link RunRecording}). In a child JVM started for a forked run it
 * provides the single run the parent asked for.
 */
final class DeterminismCheckExtension implements TestTemplateInvocationContextProvider {
    static final Namespace NAMESPACE = Namespace.create(DeterminismCheckExtension.class);
    /** Set only in a child JVM of a forked check: the file its one run writes its manifest to. */
    static final String CHILD_MANIFEST_KEY = "seeds.determinism.child.manifest";
    /** Annotations that would make JUnit run the same method a second time, unchecked. */
    private static final List<String> OTHER_TEST_KINDS = List.of(Test.class.getName(), RepeatedTest.class.getName(),
            TestFactory.class.getName(), "org.junit.jupiter.params.ParameterizedTest");

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, DeterminismCheck.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        DeterminismCheck check = AnnotationSupport.findAnnotation(method, DeterminismCheck.class).orElseThrow();
        rejectOtherTestKinds(method);
        Optional<String> childManifest = context.getConfigurationParameter(CHILD_MANIFEST_KEY);
        if (childManifest.isPresent()) {
            return Stream.of(DeterminismRun.inChild(Path.of(childManifest.get())));
        }
        int runs = runs(check, context, method);
        if (check.forked()) {
            Duration timeout = forkTimeout(context);
            return IntStream.rangeClosed(1, runs).mapToObj(run -> DeterminismRun.forked(run, runs, timeout));
        }
        return IntStream.rangeClosed(1, runs).mapToObj(run -> DeterminismRun.inProcess(run, runs));
    }

    private static void rejectOtherTestKinds(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String type = annotation.annotationType().getName();
            if (OTHER_TEST_KINDS.contains(type)) {
                throw new ExtensionConfigurationException("@DeterminismCheck and @"
                        + annotation.annotationType().getSimpleName() + " are both on " + where(method)
                        + ": JUnit would also run the body once more, unchecked. Remove @"
                        + annotation.annotationType().getSimpleName() + "; @DeterminismCheck already makes the method"
                        + " a test");
            }
        }
    }

    private static int runs(DeterminismCheck check, ExtensionContext context, Method method) {
        int runs = check.runs();
        if (runs != 0) {
            if (runs < 2) {
                throw new ExtensionConfigurationException("@DeterminismCheck(runs = " + runs + ") on " + where(method)
                        + ": a check needs at least 2 runs to compare; use runs = " + DeterminismCheck.DEFAULT_RUNS
                        + " (the default) to also catch differences that only appear now and then");
            }
            return runs;
        }
        Optional<String> configured = context.getConfigurationParameter(DeterminismCheck.RUNS_KEY)
                .or(() -> Optional.ofNullable(System.getProperty(DeterminismCheck.RUNS_KEY)));
        if (configured.isEmpty() || configured.get().isBlank()) {
            return DeterminismCheck.DEFAULT_RUNS;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(configured.get().trim());
        } catch (NumberFormatException bad) {
            parsed = -1;
        }
        if (parsed < 2) {
            throw new ExtensionConfigurationException("@DeterminismCheck on " + where(method) + ": the configuration"
                    + " parameter " + DeterminismCheck.RUNS_KEY + " is '" + configured.get() + "', but it must be a"
                    + " whole number of at least 2; set e.g. -D" + DeterminismCheck.RUNS_KEY + "="
                    + DeterminismCheck.DEFAULT_RUNS);
        }
        return parsed;
    }

    private static Duration forkTimeout(ExtensionContext context) {
        Optional<String> configured = context.getConfigurationParameter(DeterminismCheck.FORK_TIMEOUT_KEY)
                .or(() -> Optional.ofNullable(System.getProperty(DeterminismCheck.FORK_TIMEOUT_KEY)));
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Duration.ofSeconds(DeterminismCheck.DEFAULT_FORK_TIMEOUT_SECONDS);
        }
        long seconds;
        try {
            seconds = Long.parseLong(configured.get().trim());
        } catch (NumberFormatException bad) {
            seconds = -1;
        }
        if (seconds < 1) {
            throw new ExtensionConfigurationException("@DeterminismCheck(forked = true): the configuration parameter "
                    + DeterminismCheck.FORK_TIMEOUT_KEY + " is '" + configured.get() + "', but it must be a whole"
                    + " number of seconds, at least 1; set e.g. -D" + DeterminismCheck.FORK_TIMEOUT_KEY + "="
                    + DeterminismCheck.DEFAULT_FORK_TIMEOUT_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
