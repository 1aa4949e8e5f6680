package org.seedeverything.agent.internal;

import static org.seedeverything.agent.internal.HookPoint.Kind.ON_ENTRY;
import static org.seedeverything.agent.internal.HookPoint.Kind.ON_ENTRY_IF_SEED_NULL;
import static org.seedeverything.agent.internal.HookPoint.Kind.FACTORY_CREATE_EXIT;
import static org.seedeverything.agent.internal.HookPoint.Kind.RANDOM_CONSTRUCTOR_EXIT;
import static org.seedeverything.agent.internal.HookPoint.Kind.THREAD_LOCAL_RANDOM_INIT_EXIT;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import org.seedeverything.agent.bootstrap.AgentHooks;

/**
 * Weaves the hooks into the classes that hand out unseeded randomness, with the ASM that ships (relocated) inside
 * ByteBuddy. Which classes depends on the mode: seeding needs only {@code Random()}; watching needs every entry
 * point of {@link UnseededSource}. Classes loaded later (Commons RNG) are woven as they load; all other classes
 * pass through untouched after one map lookup.
 */
final class SourceInstrumentation {
    static final String RANDOM = "java.util.Random";
    private static final String COMMONS_RNG_PROVIDER = "Lorg/apache/commons/rng/RestorableUniformRandomProvider;";
    private static final String RANDOM_SOURCE = "org/apache/commons/rng/simple/RandomSource";

    private final Map<String, List<HookPoint>> pointsByClass = new HashMap<>();
    private final Set<String> instrumented = ConcurrentHashMap.newKeySet();
    private final PrintStream messages;

    /**
     * @param watchAll every source (modes audit, warn, strict)
     * @param watchSecure the secure sources (those modes, or seed with insecure-securerandom)
     * @param messages where a class that cannot be woven is reported (stderr)
     */
    SourceInstrumentation(boolean watchAll, boolean watchSecure, PrintStream messages) {
        this.messages = messages;
        add("java/util/Random", "<init>", "()V", RANDOM_CONSTRUCTOR_EXIT, UnseededSource.NEW_RANDOM);
        if (watchAll) {
            add("java/lang/Math", "random", "()D", ON_ENTRY, UnseededSource.MATH_RANDOM);
            add("java/lang/StrictMath", "random", "()D", ON_ENTRY, UnseededSource.STRICT_MATH_RANDOM);
            add("java/util/concurrent/ThreadLocalRandom", "current", "()Ljava/util/concurrent/ThreadLocalRandom;",
                    ON_ENTRY, UnseededSource.THREAD_LOCAL_RANDOM);
            add("java/util/SplittableRandom", "<init>", "()V", ON_ENTRY, UnseededSource.NEW_SPLITTABLE_RANDOM);
            add("java/util/random/RandomGenerator", "getDefault", "()Ljava/util/random/RandomGenerator;", ON_ENTRY,
                    UnseededSource.RANDOM_GENERATOR_DEFAULT);
            add("java/util/random/RandomGenerator", "of", "(Ljava/lang/String;)Ljava/util/random/RandomGenerator;",
                    ON_ENTRY, UnseededSource.RANDOM_GENERATOR_OF);
            add("java/util/random/RandomGeneratorFactory", "create", "()Ljava/util/random/RandomGenerator;",
                    ON_ENTRY, UnseededSource.RANDOM_GENERATOR_FACTORY_CREATE);
            add("java/util/Collections", "shuffle", "(Ljava/util/List;)V", ON_ENTRY,
                    UnseededSource.COLLECTIONS_SHUFFLE);
            add(RANDOM_SOURCE, "create", "()" + COMMONS_RNG_PROVIDER, ON_ENTRY, UnseededSource.COMMONS_RNG_CREATE);
            add(RANDOM_SOURCE, "create", "(Ljava/lang/Object;[Ljava/lang/Object;)" + COMMONS_RNG_PROVIDER,
                    ON_ENTRY_IF_SEED_NULL, UnseededSource.COMMONS_RNG_CREATE);
            add(RANDOM_SOURCE, "create", "(L" + RANDOM_SOURCE + ";)" + COMMONS_RNG_PROVIDER, ON_ENTRY,
                    UnseededSource.COMMONS_RNG_CREATE);
            add(RANDOM_SOURCE, "create", "(L" + RANDOM_SOURCE + ";Ljava/lang/Object;[Ljava/lang/Object;)"
                    + COMMONS_RNG_PROVIDER, ON_ENTRY_IF_SEED_NULL, UnseededSource.COMMONS_RNG_CREATE);
        }
        if (!watchAll) {
            // seed mode: the generators the JDK seeds from one shared sequence get per-thread seeds instead
            add("java/util/concurrent/ThreadLocalRandom", "localInit", "()V", THREAD_LOCAL_RANDOM_INIT_EXIT,
                    UnseededSource.THREAD_LOCAL_RANDOM);
            add("java/util/random/RandomGeneratorFactory", "create", "()Ljava/util/random/RandomGenerator;",
                    FACTORY_CREATE_EXIT, UnseededSource.RANDOM_GENERATOR_FACTORY_CREATE);
        }
        if (watchAll || watchSecure) {
            add("java/security/SecureRandom", "<init>", "()V", ON_ENTRY, UnseededSource.NEW_SECURE_RANDOM);
            add("java/util/UUID", "randomUUID", "()Ljava/util/UUID;", ON_ENTRY, UnseededSource.RANDOM_UUID);
        }
    }

    private void add(String owner, String method, String descriptor, HookPoint.Kind kind, UnseededSource source) {
        HookPoint point = new HookPoint(owner, method, descriptor, kind, source);
        pointsByClass.computeIfAbsent(point.className(), name -> new ArrayList<>()).add(point);
    }

    /** Retransforms the loaded classes and keeps weaving classes loaded later. */
    void install(Instrumentation instrumentation) {
        instrumentation.addTransformer(new Weaving(), true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (pointsByClass.containsKey(type.getName()) && instrumentation.isModifiableClass(type)) {
                loaded.add(type);
            }
        }
        if (loaded.isEmpty()) {
            return;
        }
        try {
            instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            couldNotWeave(loaded.toString(), e);
        }
    }

    /** Points the bootstrap hooks at the agent; until then the woven calls do nothing. */
    static void activate(Consumer<String> unseededUse, LongSupplier randomSeeds) {
        AgentHooks.install(unseededUse, randomSeeds);
    }

    /** Whether {@code java.util.Random} carries its hook. */
    boolean randomInstrumented() {
        return instrumented.contains(RANDOM);
    }

    /** Whether {@code ThreadLocalRandom} carries its per-thread seeding hook. */
    boolean threadLocalRandomInstrumented() {
        return instrumented.contains("java.util.concurrent.ThreadLocalRandom");
    }

    private void couldNotWeave(String classes, Throwable cause) {
        messages.println("[seed-everything agent] WARNING: could not instrument " + classes + " (" + cause
                + "); its unseeded uses are neither seeded nor reported. A JDK newer than this agent? Fix: use the"
                + " newest seed-everything-agent");
    }

    /**
     * The class file with its hooks woven in; {@code null} when the class has no hook points, or when it cannot be
     * woven (reported on the messages stream; a class file newer than the shaded ASM can read, for instance).
     */
    byte[] weave(String internalName, byte[] classFile) {
        if (internalName == null) {
            return null;
        }
        String name = internalName.replace('/', '.');
        List<HookPoint> points = pointsByClass.get(name);
        if (points == null) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new HookWeaver(writer, points), 0);
            byte[] woven = writer.toByteArray();
            instrumented.add(name);
            return woven;
        } catch (RuntimeException | LinkageError e) {
            couldNotWeave(name, e);
            return null;
        }
    }

    private final class Weaving implements ClassFileTransformer {
        @Override
        public byte[] transform(ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain,
                                byte[] classFile) {
            return weave(internalName, classFile);
        }
    }
}
