package org.seedeverything.agent.internal;

import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Weaves static calls to {@code AgentHooks} into the hook points of one class. The woven code has no branches and
 * uses only JDK types and the bootstrap hooks class, so existing stack map frames stay valid; the class writer
 * recomputes only the maximum stack size.
 */
final class HookWeaver extends ClassVisitor {
    static final String HOOKS = BootstrapHooks.HOOKS_CLASS.replace('.', '/');

    private final List<HookPoint> points;

    HookWeaver(ClassVisitor next, List<HookPoint> points) {
        super(Opcodes.ASM9, next);
        this.points = points;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
        for (HookPoint point : points) {
            if (point.method().equals(name) && point.descriptor().equals(descriptor) && method != null) {
                return new HookCall(method, point);
            }
        }
        return method;
    }

    private static final class HookCall extends MethodVisitor {
        private final HookPoint point;

        HookCall(MethodVisitor next, HookPoint point) {
            super(Opcodes.ASM9, next);
            this.point = point;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            switch (point.kind()) {
                case ON_ENTRY -> {
                    super.visitLdcInsn(point.source().label());
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "unseeded", "(Ljava/lang/String;)V", false);
                }
                case ON_ENTRY_IF_SEED_NULL -> {
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    super.visitLdcInsn(point.source().label());
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "unseededIfNull",
                            "(Ljava/lang/Object;Ljava/lang/String;)V", false);
                }
                case RANDOM_CONSTRUCTOR_EXIT, THREAD_LOCAL_RANDOM_INIT_EXIT, FACTORY_CREATE_EXIT -> {
                    // woven before each return instead
                }
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.RETURN && point.kind() == HookPoint.Kind.RANDOM_CONSTRUCTOR_EXIT) {
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitFieldInsn(Opcodes.GETFIELD, "java/util/Random", "seed",
                        "Ljava/util/concurrent/atomic/AtomicLong;");
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "newRandom",
                        "(Ljava/util/Random;Ljava/util/concurrent/atomic/AtomicLong;)V", false);
            }
            if (opcode == Opcodes.RETURN && point.kind() == HookPoint.Kind.THREAD_LOCAL_RANDOM_INIT_EXIT) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "threadLocalRandomInitialised", "()V", false);
            }
            if (opcode == Opcodes.ARETURN && point.kind() == HookPoint.Kind.FACTORY_CREATE_EXIT) {
                // the created generator is on the stack; the hook takes it and the factory and returns the one to use
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "createdGenerator",
                        "(Ljava/util/random/RandomGenerator;Ljava/lang/Object;)Ljava/util/random/RandomGenerator;",
                        false);
            }
            super.visitInsn(opcode);
        }
    }
}
