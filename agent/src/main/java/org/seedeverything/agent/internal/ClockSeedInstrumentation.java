package org.seedeverything.agent.internal;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Replaces the clock where Deeplearning4j and ND4J (1.0.0-M2.1) take it as a seed, so that an unchanged DL4J program
 * is reproducible under the agent: in each method listed below, every {@code System.currentTimeMillis()} becomes
 * {@link ClockSeeds#next(String)} for that method. The methods and what the clock seeds there:
 * <ul>
 * <li>{@code NeuralNetConfiguration.Builder()}: the network's seed when {@code .seed(...)} is not called;</li>
 * <li>{@code DataSet.shuffle()}: the shuffle order;</li>
 * <li>{@code NativeRandom()}, {@code DefaultRandom()}, their {@code reSeed()} and
 * {@code RandomFactory.getNewRandomInstance()}: every thread's ND4J generator (dropout on worker and prefetch
 * threads), and new generators;</li>
 * <li>{@code BaseNDArrayFactory.rand/randn(shape)}: a reseed of the calling thread's generator.</li>
 * </ul>
 * Only these methods are touched (DL4J also reads the clock for timing, which must stay the clock). The woven code
 * has no branches, so stack map frames stay valid; the class writer recomputes the maximum stack size.
 */
final class ClockSeedInstrumentation implements ClassFileTransformer {
    /** Set to {@code active} while DL4J's clock seeds are replaced (the DL4J adapter's report reads it): {@value}. */
    static final String ACTIVE_PROPERTY = "seeds.agent.dl4j";
    private static final String HOOK_OWNER = ClockSeeds.class.getName().replace('.', '/');
    private static final String INDARRAY = "Lorg/nd4j/linalg/api/ndarray/INDArray;";

    /** Class (internal name) to the methods (name + descriptor) where the clock is a seed. */
    private static final Map<String, Set<String>> SITES = Map.of(
            "org/deeplearning4j/nn/conf/NeuralNetConfiguration$Builder",
            Set.of("<init>()V", "<init>(Lorg/deeplearning4j/nn/conf/NeuralNetConfiguration;)V"),
            "org/nd4j/linalg/dataset/DataSet", Set.of("shuffle()V"),
            "org/nd4j/rng/NativeRandom", Set.of("<init>()V", "reSeed()V"),
            "org/nd4j/linalg/api/rng/DefaultRandom", Set.of("<init>()V", "reSeed()V"),
            "org/nd4j/linalg/factory/RandomFactory", Set.of("getNewRandomInstance()Lorg/nd4j/linalg/api/rng/Random;"),
            "org/nd4j/linalg/factory/BaseNDArrayFactory", Set.of("rand(JJ)" + INDARRAY, "randn(JJ)" + INDARRAY,
                    "rand([I)" + INDARRAY, "rand([J)" + INDARRAY, "randn([I)" + INDARRAY, "randn([J)" + INDARRAY));

    private final PrintStream messages;

    private ClockSeedInstrumentation(PrintStream messages) {
        this.messages = messages;
    }

    /** Weaves the listed classes (those loaded already too) and marks the replacement active. */
    static void install(Instrumentation instrumentation, PrintStream messages) {
        ClockSeedInstrumentation transformer = new ClockSeedInstrumentation(messages);
        instrumentation.addTransformer(transformer, true);
        System.setProperty(ACTIVE_PROPERTY, "active");
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (SITES.containsKey(type.getName().replace('.', '/')) && instrumentation.isModifiableClass(type)) {
                loaded.add(type);
            }
        }
        if (!loaded.isEmpty()) {
            try {
                instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                transformer.couldNotWeave(loaded.toString(), e);
            }
        }
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain,
                            byte[] classFile) {
        Set<String> methods = internalName == null ? null : SITES.get(internalName);
        if (methods == null) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new ClockReplacer(writer, internalName, methods), 0);
            return writer.toByteArray();
        } catch (RuntimeException | LinkageError e) {
            couldNotWeave(internalName, e);
            return null;
        }
    }

    private void couldNotWeave(String classes, Throwable cause) {
        messages.println("[seed-everything agent] WARNING: could not replace DL4J's clock seeds in " + classes + " ("
                + cause + "); they stay time-seeded. Fix: give them seeds in the program (see the DL4J guide)");
    }

    private static final class ClockReplacer extends ClassVisitor {
        private final String owner;
        private final Set<String> methods;

        ClockReplacer(ClassVisitor next, String owner, Set<String> methods) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
            this.methods = methods;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (method == null || !methods.contains(name + descriptor)) {
                return method;
            }
            String site = owner.substring(owner.lastIndexOf('/') + 1) + "." + name + descriptor;
            return new MethodVisitor(Opcodes.ASM9, method) {
                @Override
                public void visitMethodInsn(int opcode, String callOwner, String callName, String callDescriptor,
                                            boolean isInterface) {
                    if (opcode == Opcodes.INVOKESTATIC && callOwner.equals("java/lang/System")
                            && callName.equals("currentTimeMillis") && callDescriptor.equals("()J")) {
                        super.visitLdcInsn(site);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOK_OWNER, "next", "(Ljava/lang/String;)J",
                                false);
                        return;
                    }
                    super.visitMethodInsn(opcode, callOwner, callName, callDescriptor, isInterface);
                }
            };
        }
    }
}
