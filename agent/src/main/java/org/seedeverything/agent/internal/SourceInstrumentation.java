package org.seedeverything.agent.internal;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;
import org.seedeverything.agent.bootstrap.AgentHooks;

/**
 * Installs the advice into the classes that hand out unseeded randomness. Which classes depends on the mode: seeding
 * needs only {@code Random()}; watching needs every entry point of {@link UnseededSource}.
 */
final class SourceInstrumentation {
    static final String RANDOM = "java.util.Random";

    private record Point(ElementMatcher<? super MethodDescription> method, Class<?> advice, UnseededSource source) {
    }

    private final Map<String, List<Point>> pointsByType = new LinkedHashMap<>();
    private final Set<String> instrumented = ConcurrentHashMap.newKeySet();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param watchAll every source (modes audit, warn, strict)
     * @param watchSecure the secure sources (audit, or seed with insecure-securerandom)
     */
    SourceInstrumentation(boolean watchAll, boolean watchSecure) {
        add(RANDOM, isConstructor().and(takesArguments(0)), Advices.NewRandom.class, UnseededSource.NEW_RANDOM);
        if (watchAll) {
            add("java.lang.Math", named("random").and(takesArguments(0)), Advices.UseOnEntry.class,
                    UnseededSource.MATH_RANDOM);
            add("java.lang.StrictMath", named("random").and(takesArguments(0)), Advices.UseOnEntry.class,
                    UnseededSource.STRICT_MATH_RANDOM);
            add("java.util.concurrent.ThreadLocalRandom", named("current").and(takesArguments(0)),
                    Advices.UseOnEntry.class, UnseededSource.THREAD_LOCAL_RANDOM);
            add("java.util.SplittableRandom", isConstructor().and(takesArguments(0)), Advices.UseOnEntry.class,
                    UnseededSource.NEW_SPLITTABLE_RANDOM);
            add("java.util.random.RandomGenerator", named("getDefault").and(isStatic()).and(takesArguments(0)),
                    Advices.UseOnEntry.class, UnseededSource.RANDOM_GENERATOR_DEFAULT);
            add("java.util.random.RandomGenerator", named("of").and(isStatic()).and(takesArguments(String.class)),
                    Advices.UseOnEntry.class, UnseededSource.RANDOM_GENERATOR_OF);
            add("java.util.random.RandomGeneratorFactory", named("create").and(takesArguments(0)),
                    Advices.UseOnEntry.class, UnseededSource.RANDOM_GENERATOR_FACTORY_CREATE);
            add("java.util.Collections", named("shuffle").and(takesArguments(1)), Advices.UseOnEntry.class,
                    UnseededSource.COLLECTIONS_SHUFFLE);
            String randomSource = "org.apache.commons.rng.simple.RandomSource";
            add(randomSource, named("create").and(not(isStatic())).and(takesArguments(0)),
                    Advices.UseOnEntry.class, UnseededSource.COMMONS_RNG_CREATE);
            add(randomSource, named("create").and(not(isStatic())).and(takesArguments(2))
                    .and(takesArgument(0, Object.class)), Advices.UseWhenFirstArgumentNull.class,
                    UnseededSource.COMMONS_RNG_CREATE);
            add(randomSource, named("create").and(isStatic()).and(takesArguments(1)), Advices.UseOnEntry.class,
                    UnseededSource.COMMONS_RNG_CREATE);
            add(randomSource, named("create").and(isStatic()).and(takesArguments(3)),
                    Advices.UseWhenSecondArgumentNull.class, UnseededSource.COMMONS_RNG_CREATE);
        }
        if (watchAll || watchSecure) {
            add("java.security.SecureRandom", isConstructor().and(takesArguments(0)), Advices.UseOnEntry.class,
                    UnseededSource.NEW_SECURE_RANDOM);
            add("java.util.UUID", named("randomUUID").and(isStatic()), Advices.UseOnEntry.class,
                    UnseededSource.RANDOM_UUID);
        }
    }

    private void add(String type, ElementMatcher<? super MethodDescription> method, Class<?> advice,
                     UnseededSource source) {
        pointsByType.computeIfAbsent(type, name -> new ArrayList<>()).add(new Point(method, advice, source));
    }

    /** Retransforms the loaded classes and keeps instrumenting classes loaded later (Commons RNG). */
    void install(Instrumentation instrumentation) {
        instrumentation.addTransformer(new Transformer(), true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (pointsByType.containsKey(type.getName()) && instrumentation.isModifiableClass(type)) {
                loaded.add(type);
            }
        }
        if (loaded.isEmpty()) {
            return;
        }
        try {
            instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            errors.add(loaded + ": " + e);
        }
    }

    /** Rewrites the watched classes as they are loaded or retransformed; every other class passes untouched. */
    private final class Transformer implements ClassFileTransformer {
        private final ByteBuddy byteBuddy = new ByteBuddy()
                .with(TypeValidation.DISABLED)
                .with(Implementation.Context.Disabled.Factory.INSTANCE);

        @Override
        public byte[] transform(ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain,
                                byte[] classFile) {
            if (internalName == null) {
                return null;
            }
            String name = internalName.replace('/', '.');
            List<Point> points = pointsByType.get(name);
            if (points == null) {
                return null;
            }
            try {
                ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, classFile),
                        loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader()
                                : ClassFileLocator.ForClassLoader.of(loader));
                TypeDescription type = TypePool.Default.of(locator).describe(name).resolve();
                DynamicType.Builder<?> builder = byteBuddy.decorate(type, locator);
                for (Point point : points) {
                    builder = builder.visit(adviceFor(point));
                }
                byte[] result = builder.make().getBytes();
                instrumented.add(name);
                return result;
            } catch (RuntimeException | LinkageError e) {
                errors.add(name + ": " + e);
                return null;
            }
        }
    }

    private static AsmVisitorWrapper adviceFor(Point point) {
        return Advice.withCustomMapping()
                .bind(Advices.Source.class, point.source().label())
                .to(point.advice())
                .on(point.method());
    }

    /** Points the bootstrap hooks at the agent; until then the advice does nothing. */
    static void activate(Consumer<String> unseededUse, LongSupplier randomSeeds) {
        AgentHooks.install(unseededUse, randomSeeds);
    }

    /** Whether {@code java.util.Random} carries the advice. */
    boolean randomInstrumented() {
        return instrumented.contains(RANDOM);
    }

    /** The instrumented class names, in no particular order. */
    Set<String> instrumented() {
        return Set.copyOf(instrumented);
    }

    /** Classes that could not be instrumented, with the reason. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }
}
