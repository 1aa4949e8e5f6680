package org.seedeverything.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent must weave {@code java.util.Random} on the JDKs after 25 too. Those JDKs cannot run here, so the test
 * takes this JDK's {@code Random.class}, raises its class-file major version to theirs (70 is Java 26, 71 Java 27,
 * JVMS 4.1) and hands it to the agent's weaving, which must add the seeding hook as it does for the real class.
 */
class NewerClassFilesTest {
    private static final int JAVA_26 = 70;
    private static final int JAVA_27 = 71;

    @ParameterizedTest(name = "class-file version {0}")
    @ValueSource(ints = {JAVA_26, JAVA_27})
    void randomOfTheJdksAfter25IsWovenWithTheSeedingHook(int majorVersion) throws IOException {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        SourceInstrumentation instrumentation = seedMode(messages);

        byte[] woven = instrumentation.weave("java/util/Random", withMajorVersion(randomClassFile(), majorVersion));

        assertNotNull(woven, () -> "not woven: " + messages.toString(StandardCharsets.UTF_8));
        assertEquals("", messages.toString(StandardCharsets.UTF_8));
        assertEquals(majorVersion, majorVersion(woven), "the woven class keeps its version");
        assertEquals(List.of("<init>()V -> " + HookWeaver.HOOKS + ".newRandom"), hookCalls(woven));
        assertTrue(instrumentation.randomInstrumented());
    }

    @Test
    void aClassFileTooNewForTheShadedAsmIsReportedAndLeftAlone() throws IOException {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        SourceInstrumentation instrumentation = seedMode(messages);
        int farFuture = 200;

        byte[] woven = instrumentation.weave("java/util/Random", withMajorVersion(randomClassFile(), farFuture));

        assertNull(woven);
        String warning = messages.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("could not instrument java.util.Random") && warning.contains("newest"), warning);
    }

    @Test
    void theRealRandomOfThisJdkIsWovenTheSameWay() throws IOException {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        byte[] original = randomClassFile();

        byte[] woven = seedMode(messages).weave("java/util/Random", original);

        assertEquals(majorVersion(original), majorVersion(woven));
        assertEquals(List.of("<init>()V -> " + HookWeaver.HOOKS + ".newRandom"), hookCalls(woven));
    }

    private static SourceInstrumentation seedMode(ByteArrayOutputStream messages) {
        return new SourceInstrumentation(false, false, new PrintStream(messages, true, StandardCharsets.UTF_8));
    }

    private static byte[] randomClassFile() throws IOException {
        try (InputStream in = Random.class.getResourceAsStream("Random.class")) {
            assertNotNull(in, "this JDK's java/util/Random.class");
            return in.readAllBytes();
        }
    }

    /** JVMS 4.1: u4 magic, u2 minor_version, u2 major_version. */
    private static byte[] withMajorVersion(byte[] classFile, int major) {
        byte[] copy = classFile.clone();
        copy[6] = (byte) (major >>> 8);
        copy[7] = (byte) major;
        return copy;
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** Every call to the agent's hooks class, as "method -> owner.name". */
    private static List<String> hookCalls(byte[] classFile) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor,
                                                boolean isInterface) {
                        if (owner.equals(HookWeaver.HOOKS)) {
                            calls.add(name + descriptor + " -> " + owner + "." + called);
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }
}
