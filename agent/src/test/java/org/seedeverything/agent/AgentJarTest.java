package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
        Path jar = Files.createFile(directory.resolve(AgentJar.FILE_NAME));
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
}
