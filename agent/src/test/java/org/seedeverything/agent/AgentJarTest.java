package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentJarTest {
    private String saved;

    @BeforeEach
    void saveProperty() {
        saved = System.getProperty(AgentJar.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(AgentJar.PROPERTY);
        } else {
            System.setProperty(AgentJar.PROPERTY, saved);
        }
    }

    @Test
    void theSystemPropertyNamesTheJarAndTheOptionsFollowIt(@TempDir Path directory) throws IOException {
        Path jar = jarWithPremainClass(directory.resolve(AgentJar.FILE_NAME), SeedEverythingAgent.class.getName());
        System.setProperty(AgentJar.PROPERTY, jar.toString());

        assertEquals(jar.toAbsolutePath(), AgentJar.locate().orElseThrow());
        assertEquals(List.of("-javaagent:" + jar.toAbsolutePath() + "=seed=2021"), AgentJar.jvmOptions("seed=2021"));
        assertEquals(List.of("-javaagent:" + jar.toAbsolutePath()), AgentJar.jvmOptions(""));
    }

    @Test
    void aPropertyNamingNoFileIsIgnored(@TempDir Path directory) {
        System.setProperty(AgentJar.PROPERTY, directory.resolve("missing.jar").toString());

        // Unit tests load this class from target/classes, which is no agent jar.
        assertEquals(List.of(), AgentJar.jvmOptions("seed=2021"));
    }

    @Test
    @DisplayName("a file that is not the agent (no Premain-Class naming it) is never taken for the agent")
    void onlyTheAgentJarCounts(@TempDir Path directory) throws IOException {
        System.setProperty(AgentJar.PROPERTY, Files.createFile(directory.resolve("empty.jar")).toString());
        assertEquals(Optional.empty(), AgentJar.locate());
        Path other = jarWithPremainClass(directory.resolve("other.jar"), "com.example.OtherAgent");
        System.setProperty(AgentJar.PROPERTY, other.toString());
        assertEquals(Optional.empty(), AgentJar.locate());
    }

    @Test
    @DisplayName("-Dseeds.agent.disable=true turns finding the agent off, whatever names it")
    void disableIsHonoured(@TempDir Path directory) throws IOException {
        Path jar = jarWithPremainClass(directory.resolve(AgentJar.FILE_NAME), SeedEverythingAgent.class.getName());
        System.setProperty(AgentJar.PROPERTY, jar.toString());
        System.setProperty(AgentJar.DISABLE_PROPERTY, "true");
        try {
            assertEquals(Optional.empty(), AgentJar.locate());
            assertEquals(List.of(), AgentJar.jvmOptions("seed=1"));
        } finally {
            System.clearProperty(AgentJar.DISABLE_PROPERTY);
        }
    }

    static Path jarWithPremainClass(Path path, String premainClass) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", premainClass);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(path), manifest)) {
            out.flush();
        }
        return path;
    }
}
