package org.seedeverything.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.seedeverything.Seeds;

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

    /** The line to paste: {@code Reproduce with: mvn test -Dtest=FooTest#bar -Dseeds.master=2021}. */
    static String reproduceLine(ExtensionContext context, long master) {
        StringBuilder filter = new StringBuilder();
        context.getTestClass().ifPresent(type -> filter.append(nameWithinPackage(type)));
        context.getTestMethod().map(Method::getName).ifPresent(name -> filter.append('#').append(name));
        String test = filter.indexOf("$") >= 0 ? "'" + filter + "'" : filter.toString();
        return "Reproduce with: mvn test -Dtest=" + test + " -D" + SeedEverything.MASTER_KEY + "="
                + Seeds.format(master);
    }

    private static boolean isDeterminismRun(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        String uniqueId = context.getUniqueId();
        return method.isPresent() && method.get().isAnnotationPresent(DeterminismCheck.class)
                && uniqueId.startsWith(INVOCATION_SEGMENT, uniqueId.lastIndexOf("/[") + 1);
    }

    private static String nameWithinPackage(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.isEmpty() ? type.getName() : type.getName().substring(packageName.length() + 1);
    }
}
