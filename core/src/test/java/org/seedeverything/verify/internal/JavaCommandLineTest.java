package org.seedeverything.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting java arguments into options, class path, main class and program arguments. */
class JavaCommandLineTest {
    @TempDir
    Path directory;

    @Test
    @DisplayName("options with a value are skipped as pairs; the first other word is the main class")
    void findsTheMainClass() {
        JavaCommandLine line = JavaCommandLine.parse(List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-cp", "app.jar", "-Dx=1", "com.example.Main", "-cp", "not-an-option"));

        assertEquals("com.example.Main", line.mainClass());
        assertEquals(List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=1"), line.jvmOptions());
        assertEquals("app.jar", line.effectiveClassPath());
        assertEquals(List.of("-cp", "not-an-option"), line.programArguments());
        assertEquals(List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=1", "-cp", "app.jar",
                "com.example.Main", "-cp", "not-an-option"), line.toArguments());
    }

    @Test
    @DisplayName("through the launcher: launcher options, then the main class; the launcher's jar joins the class path")
    void runsThroughTheLauncher() {
        JavaCommandLine line = JavaCommandLine.parse(List.of("-cp", "app.jar", "com.example.Main", "arg"));

        List<String> arguments = line.throughLauncher("org.seedeverything.Launcher", List.of("--seed", "7"),
                Path.of("core.jar"));

        assertEquals(List.of("-cp", "app.jar" + File.pathSeparator + "core.jar", "org.seedeverything.Launcher",
                "--seed", "7", "com.example.Main", "arg"), arguments);
    }

    @Test
    @DisplayName("-jar: the main class comes from the jar's manifest and the jar becomes the class path")
    void readsMainClassOfAJar() throws IOException {
        Path jar = directory.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.App");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out,
                manifest)) {
            // a jar with only a manifest
        }

        JavaCommandLine line = JavaCommandLine.parse(List.of("-Xss4m", "-jar", jar.toString(), "--epochs", "1"));

        assertEquals("com.example.App", line.mainClass());
        assertEquals(jar.toString(), line.effectiveClassPath());
        assertEquals(List.of("--epochs", "1"), line.programArguments());
        assertEquals(List.of("-Xss4m"), line.jvmOptions());
    }

    @Test
    @DisplayName("no main class, a dangling option or a module launch get a message naming the arguments and the fix")
    void rejectsWhatItCannotRun() {
        String noMain = assertThrows(IllegalArgumentException.class,
                () -> JavaCommandLine.parse(List.of("-cp", "app.jar"))).getMessage();
        String dangling = assertThrows(IllegalArgumentException.class,
                () -> JavaCommandLine.parse(List.of("-cp"))).getMessage();
        String module = assertThrows(IllegalArgumentException.class,
                () -> JavaCommandLine.parse(List.of("-m", "app/com.example.Main"))).getMessage();

        assertTrue(noMain.contains("[-cp, app.jar]") && noMain.contains("-cp app.jar com.example.Main"), noMain);
        assertTrue(dangling.contains("'-cp'") && dangling.contains("needs a value"), dangling);
        assertTrue(module.contains("-m") && module.contains("-jar <jar>"), module);
    }
}
