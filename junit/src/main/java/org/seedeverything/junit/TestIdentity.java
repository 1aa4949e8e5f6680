package org.seedeverything.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Who a test is, for deriving its seed and for telling a person how to run it again. */
final class TestIdentity {
    private static final String ENGINE_SEGMENT = "[engine:";
    private static final String INVOCATION_SEGMENT = "[test-template-invocation:";

    private TestIdentity() {
    }

    /**
     * The name the test seed is derived from: the unique id within the Jupiter engine (anything a suite engine put
     * in front of it is dropped, so a suite runs a test with the same seed). The runs of a
     * {@link DeterminismCheck} share the id of their template, so every run is seeded identically.
     */
    static String of(ExtensionContext context) {
        String uniqueId = context.getUniqueId();
        if (isDeterminismRun(context)) {
            uniqueId = context.getParent().map(ExtensionContext::getUniqueId).orElse(uniqueId);
        }
        return withinEngine(uniqueId);
    }

    /** {@code uniqueId} from its last engine segment on. */
    static String withinEngine(String uniqueId) {
        int engine = uniqueId.lastIndexOf(ENGINE_SEGMENT);
        return engine <= 0 ? uniqueId : uniqueId.substring(engine);
    }

    /**
     * The line to paste, in the terms of the build tool the test runs under:
     * {@code Reproduce with: mvn test -Dtest=FooTest#bar -Dseeds.master=2021}, or the {@code ./gradlew test --tests}
     * form in a Gradle test worker.
     */
    static String reproduceLine(ExtensionContext context, long master) {
        return "Reproduce with: " + BuildTool.current().reproduceCommand(context.getTestClass().orElse(null),
                context.getTestMethod().map(Method::getName).orElse(null), master);
    }

    private static boolean isDeterminismRun(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        String uniqueId = context.getUniqueId();
        return method.isPresent() && method.get().isAnnotationPresent(DeterminismCheck.class)
                && uniqueId.startsWith(INVOCATION_SEGMENT, uniqueId.lastIndexOf("/[") + 1);
    }
}
