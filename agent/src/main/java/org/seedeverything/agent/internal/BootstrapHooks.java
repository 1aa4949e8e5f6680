package org.seedeverything.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Defines {@code org.seedeverything.agent.bootstrap.AgentHooks} in the bootstrap class loader, so code woven into
 * JDK classes can call it. The class is never loaded from the agent jar itself: the application class loader asks
 * the bootstrap loader first, and by then the class is there.
 *
 * <p>The class is defined directly (the JDK's internal {@code Unsafe.defineClass}, exported to the agent for that);
 * appending a jar to the bootstrap search path would also work, but turns off class-data sharing for application
 * classes and prints a VM warning on every start, so it is only the fallback.
 */
final class BootstrapHooks {
    static final String HOOKS_CLASS = "org.seedeverything.agent.bootstrap.AgentHooks";
    static final String HOOKS_RESOURCE = HOOKS_CLASS.replace('.', '/') + ".class";

    private BootstrapHooks() {
    }

    /** Makes the hooks a bootstrap class; must run before anything touches {@code AgentHooks}. */
    static void inject(Instrumentation instrumentation) {
        byte[] bytes = hooksClassBytes();
        try {
            defineInBootLoader(instrumentation, bytes);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            appendToBootSearchPath(instrumentation, bytes);
        }
    }

    private static void defineInBootLoader(Instrumentation instrumentation, byte[] bytes)
            throws ReflectiveOperationException {
        Module javaBase = Object.class.getModule();
        Module agent = BootstrapHooks.class.getModule();
        instrumentation.redefineModule(javaBase, Set.of(), Map.of("jdk.internal.misc", Set.of(agent)), Map.of(),
                Set.of(), Map.of());
        Class<?> unsafeType = Class.forName("jdk.internal.misc.Unsafe");
        Object unsafe = unsafeType.getMethod("getUnsafe").invoke(null);
        Method defineClass = unsafeType.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
                ClassLoader.class, java.security.ProtectionDomain.class);
        defineClass.invoke(unsafe, HOOKS_CLASS, bytes, 0, bytes.length, null, null);
    }

    private static void appendToBootSearchPath(Instrumentation instrumentation, byte[] bytes) {
        try {
            Path jar = Files.createTempFile("seed-everything-agent-hooks", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
                jarOut.putNextEntry(new JarEntry(HOOKS_RESOURCE));
                jarOut.write(bytes);
                jarOut.closeEntry();
            }
            instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the agent's bootstrap hooks to the temporary directory "
                    + System.getProperty("java.io.tmpdir") + "; make it writable or set -Djava.io.tmpdir", e);
        }
    }

    private static byte[] hooksClassBytes() {
        try (InputStream in = BootstrapHooks.class.getClassLoader().getResourceAsStream(HOOKS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The agent jar lacks " + HOOKS_RESOURCE
                        + "; rebuild seed-everything-agent.jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + HOOKS_RESOURCE + " from the agent jar", e);
        }
    }
}
