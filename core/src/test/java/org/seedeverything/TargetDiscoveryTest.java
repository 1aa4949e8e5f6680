package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.internal.targets.TargetCatalogue;
import org.seedeverything.spi.SeedTarget;

/**
 * A target that only a child class loader can see (an adapter in a web app or in Spark's user jars) is found
 * through the thread context class loader and through {@code Seeds.builder().classLoader(...)}, and not otherwise.
 * The target is compiled at test time into a folder that is not on the test class path.
 */
class TargetDiscoveryTest {
    private static final String TARGET_NAME = "test.child-loader";
    private static final String SOURCE = """
            package childloader;

            import org.seedeverything.spi.SeedOutcome;
            import org.seedeverything.internal.targets.TargetCatalogue;
import org.seedeverything.spi.SeedTarget;

            public final class ChildLoaderTarget implements SeedTarget {
                public String name() {
                    return "test.child-loader";
                }

                public SeedOutcome seed(long seed) {
                    return SeedOutcome.seeded("seen through " + getClass().getClassLoader().getName());
                }
            }
            """;

    @TempDir
    static Path folder;
    private static URLClassLoader child;

    @BeforeAll
    static void compileTheTargetIntoAFolderOffTheClassPath() throws IOException, URISyntaxException {
        Path source = folder.resolve("src/childloader/ChildLoaderTarget.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/" + SeedTarget.class.getName()),
                "childloader.ChildLoaderTarget\n");
        Path core = Path.of(SeedTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "--release", "17", "-cp", core.toString(), "-d",
                classes.toString(), source.toString());
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
        child = new URLClassLoader("child-loader", new URL[] {classes.toUri().toURL()},
                TargetDiscoveryTest.class.getClassLoader());
    }

    @AfterAll
    static void closeTheLoader() throws IOException {
        Seeds.builder().master(2021).log(false).apply(); // forget the explicit loader
        child.close();
    }

    @Test
    @DisplayName("not found through this library's own class loader alone")
    void notFoundWithoutTheChildLoader() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        assertFalse(report.target(TARGET_NAME).isPresent(), report.toString());
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("childloader.ChildLoaderTarget", false, getClass().getClassLoader()));
    }

    @Test
    @DisplayName("found through the thread context class loader")
    void foundThroughTheContextClassLoader() throws Exception {
        SeedReport report = withContextLoader(child, () -> Seeds.builder().master(2021).log(false).apply());
        TargetResult result = report.target(TARGET_NAME).orElseThrow(() -> new AssertionError(report.toString()));
        assertEquals(TargetStatus.SEEDED, result.status());
        assertEquals("seen through child-loader", result.detail());
        assertEquals(Seeds.deriveFor(2021, "target/" + TARGET_NAME), result.seed());
    }

    @Test
    @DisplayName("found through Seeds.builder().classLoader(...), and remembered until the next apply")
    void foundThroughTheBuilder() {
        SeedReport report = Seeds.builder().master(2021).classLoader(child).log(false).apply();
        assertEquals(TargetStatus.SEEDED, report.target(TARGET_NAME).orElseThrow().status());
        assertTrue(TargetCatalogue.all().stream().anyMatch(target -> target.name().equals(TARGET_NAME)),
                "isolate(), threadFactory(...) and the child options see it too");
        SeedReport next = Seeds.builder().master(2021).log(false).apply();
        assertFalse(next.target(TARGET_NAME).isPresent(), "an apply without the loader forgets it");
    }

    @Test
    @DisplayName("a loader that sees the same services as this library's adds no duplicate")
    void sameTargetsThroughTwoLoadersCountOnce() throws Exception {
        SeedReport report = withContextLoader(child,
                () -> Seeds.builder().master(2021).classLoader(child).log(false).apply());
        List<String> names = report.targets().stream().map(TargetResult::name).toList();
        assertEquals(names.stream().distinct().toList(), names);
        assertEquals(1, names.stream().filter(TARGET_NAME::equals).count());
    }

    @Test
    @DisplayName("register refuses the name of a discovered target, naming it and the fix")
    void registerRefusesADiscoveredName() throws Exception {
        IllegalArgumentException e = withContextLoader(child, () -> assertThrows(IllegalArgumentException.class,
                () -> Seeds.register(TARGET_NAME, seed -> { })));
        assertTrue(e.getMessage().contains("'" + TARGET_NAME + "' is taken by a discovered (ServiceLoader) target"),
                e.getMessage());
        assertTrue(e.getMessage().contains("register under your own name"), e.getMessage());
        assertFalse(Seeds.unregister(TARGET_NAME));
    }

    @Test
    @DisplayName("a null class loader is refused with the fix")
    void nullLoaderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seeds.builder().classLoader(null));
        assertTrue(e.getMessage().contains("getClassLoader()"), e.getMessage());
    }

    private static <T> T withContextLoader(ClassLoader loader, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
