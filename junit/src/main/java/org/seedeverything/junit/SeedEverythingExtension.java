package org.seedeverything.junit;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Random;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.seedeverything.Isolation;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

/**
 * The extension behind {@link SeedEverything}: seeds before each test (and before a class's {@code @BeforeAll}
 * methods), restores afterwards, injects seeded parameters and adds the reproduce line to failures. It keeps no
 * state in fields; everything lives in the {@link ExtensionContext.Store} of the context it belongs to.
 *
 * <p>Use {@link SeedEverything} rather than this class. It is public only because {@code ServiceLoader} needs a
 * public class for JUnit's automatic registration ({@code junit.jupiter.extensions.autodetection.enabled=true}).
 *
 * @since 0.1
 */
public final class SeedEverythingExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    static final Namespace NAMESPACE = Namespace.create(SeedEverythingExtension.class);
    /** Generator parameters are streams named after the method and numbered by the parameter's position. */
    private static final String PARAMETER_STREAM = "junit.parameter/";

    /** Created by JUnit, from {@link SeedEverything} or through {@code ServiceLoader}. */
    public SeedEverythingExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        seed(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        restore(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        seed(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore(context);
    }

    /** Seeds every generator for {@code context} and remembers how to put them back. */
    static SeededScope seed(ExtensionContext context) {
        MasterSeed master = MasterSeed.of(context);
        String identity = TestIdentity.of(context);
        long testSeed = Seeds.deriveFor(master.seed(), identity);
        Isolation isolation = Seeds.isolate();
        SeedReport report;
        try {
            report = Seeds.builder().master(testSeed).log(false).apply();
        } catch (RuntimeException failure) {
            isolation.close();
            throw failure;
        }
        try {
            UnseededGenerators.check(context, report);
        } catch (RuntimeException failure) {
            isolation.close();
            throw failure;
        }
        SeededScope scope = new SeededScope(master, identity, testSeed, report, isolation);
        context.getStore(NAMESPACE).put(scopeKey(context), scope);
        return scope;
    }

    private static void restore(ExtensionContext context) {
        SeededScope scope = context.getStore(NAMESPACE).remove(scopeKey(context), SeededScope.class);
        if (scope != null) {
            scope.isolation().close();
        }
    }

    /** The scope of {@code context} or, for a lifecycle method of a class, of the nearest enclosing context. */
    static SeededScope scopeOf(ExtensionContext context) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            SeededScope scope = at.getStore(NAMESPACE).get(scopeKey(at), SeededScope.class);
            if (scope != null) {
                return scope;
            }
        }
        return null;
    }

    /** Keys carry the unique id, because a store also answers with the values of its parents. */
    private static String scopeKey(ExtensionContext context) {
        return "scope:" + context.getUniqueId();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (parameterContext.isAnnotated(TestSeed.class)) {
            if (type != long.class && type != Long.class) {
                throw new ParameterResolutionException("@TestSeed is on parameter '"
                        + parameterContext.getParameter() + "' of type " + type.getName() + " in "
                        + parameterContext.getDeclaringExecutable() + "; declare it as long, e.g. @TestSeed long seed");
            }
            return true;
        }
        return type == UniformRandomProvider.class || type == RestorableUniformRandomProvider.class
                || type == Random.class || type == SeedReport.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SeededScope scope = scopeOf(extensionContext);
        if (scope == null || parameterContext.getDeclaringExecutable() instanceof Constructor) {
            throw new ParameterResolutionException("Parameter '" + parameterContext.getParameter() + "' of "
                    + parameterContext.getDeclaringExecutable() + " is resolved by @SeedEverything, which seeds"
                    + " before each test; declare it on the test method or a @BeforeEach/@AfterEach method (or on a"
                    + " @BeforeAll method of a class annotated with @SeedEverything)");
        }
        if (parameterContext.isAnnotated(TestSeed.class)) {
            return scope.testSeed();
        }
        Class<?> type = parameterContext.getParameter().getType();
        if (type == SeedReport.class) {
            return scope.report();
        }
        String stream = PARAMETER_STREAM + parameterContext.getDeclaringExecutable().getName();
        int index = parameterContext.getIndex();
        if (type == Random.class) {
            return new Random(Seeds.deriveFor(scope.testSeed(), stream, index));
        }
        return Seeds.streamFor(scope.testSeed(), stream, index);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw withReproduceLine(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withReproduceLine(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withReproduceLine(context, throwable);
    }

    /** The line that names what the reproduce line does not bring back, or nothing. */
    private static String notCovered(SeededScope scope) {
        List<String> names = UnseededGenerators.notCovered(scope.report());
        if (names.isEmpty()) {
            return "";
        }
        return "\n(not reproduced, because not seeded in this test JVM: " + String.join(", ", names)
                + (names.equals(List.of(UnseededGenerators.NEW_RANDOM)) ? "; only the agent seeds it"
                : "; see the seed-everything warning at the start of the run for the fix") + ")";
    }

    /** Adds the reproduce line once, as a suppressed exception and as a report entry; aborted tests keep theirs. */
    static Throwable withReproduceLine(ExtensionContext context, Throwable throwable) {
        SeededScope scope = scopeOf(context);
        if (scope == null || throwable instanceof TestAbortedException) {
            return throwable;
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            if (suppressed instanceof ReproduceHint) {
                return throwable;
            }
        }
        String line = TestIdentity.reproduceLine(context, scope.master().seed());
        throwable.addSuppressed(new ReproduceHint(line + "\n(test seed " + Seeds.format(scope.testSeed())
                + " = derive(master " + Seeds.format(scope.master().seed()) + " from the " + scope.master().source()
                + ", \"" + scope.identity() + "\"))" + notCovered(scope)));
        context.publishReportEntry("seeds.reproduce", line);
        return throwable;
    }
}
