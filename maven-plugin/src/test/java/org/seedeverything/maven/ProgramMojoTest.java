package org.seedeverything.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The program of verify, lock and check")
class ProgramMojoTest {

    @Test
    @DisplayName("javaArguments are run as given")
    void javaArgumentsAsGiven() throws MojoExecutionException {
        VerifyMojo mojo = new VerifyMojo();
        mojo.javaArguments = List.of("-jar", "target/app.jar", "--epochs", "1");

        assertEquals(List.of("-jar", "target/app.jar", "--epochs", "1"), mojo.program(false));
    }

    @Test
    @DisplayName("a main class and java arguments together are refused, naming both")
    void mainClassAndJavaArgumentsAreExclusive() {
        VerifyMojo mojo = new VerifyMojo();
        mojo.mainClass = "com.example.Train";
        mojo.javaArguments = List.of("-jar", "app.jar");

        MojoExecutionException refused = assertThrows(MojoExecutionException.class, () -> mojo.program(false));
        assertTrue(refused.getMessage().startsWith("seed-everything verify: give either <mainClass>"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("not both"), refused.getMessage());
    }

    @Test
    @DisplayName("no program at all is refused with an example")
    void missingProgramIsNamed() {
        MojoExecutionException refused = assertThrows(MojoExecutionException.class,
                () -> new CheckMojo().program(false));
        assertTrue(refused.getMessage().contains("e.g. <mainClass>com.example.Train</mainClass>"),
                refused.getMessage());
    }

    @Test
    @DisplayName("a seed that is not a seed is named with the accepted forms")
    void badSeedIsNamed() {
        LockMojo mojo = new LockMojo();
        mojo.seed = "twenty";

        MojoExecutionException refused = assertThrows(MojoExecutionException.class,
                () -> mojo.seeded(org.seedeverything.verify.JvmVerifier.builder("-cp", "x", "Main")));
        assertTrue(refused.getMessage().startsWith("seed-everything lock: seed 'twenty' is not a seed"),
                refused.getMessage());
    }
}
