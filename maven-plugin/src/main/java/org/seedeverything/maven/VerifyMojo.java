package org.seedeverything.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.seedeverything.verify.JvmVerifier;

/**
 * Runs the program in {@link #runs} fresh JVMs and fails the build when they disagree, with the first difference
 * (entry or line, element index, both values); bound to the {@code verify} phase.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>verify</goal></goals>
 *   <configuration><mainClass>com.example.Train</mainClass><seed>2021</seed></configuration>
 * </execution>
 * }</pre>
 *
 * <p>The report is logged and written as {@code target/seed-everything-reports/TEST-seed-everything-verify.xml}
 * (JUnit XML, one test case per run) and as JSON beside it. {@code -Dseeds.skip} skips the goal.
 *
 * @since 0.1
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public final class VerifyMojo extends ProgramMojo {
    /** Runs per configuration (JDK x cores); at least 2 with one configuration. */
    @Parameter(property = "seeds.runs", defaultValue = "3")
    private int runs;

    /** Created by Maven. */
    public VerifyMojo() {
    }

    @Override
    String goal() {
        return "verify";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        JvmVerifier verifier;
        try {
            verifier = configure(seeded(JvmVerifier.builder(program(seedConfigured())))).runs(runs).build();
        } catch (IllegalArgumentException bad) {
            throw new MojoExecutionException("seed-everything verify: " + bad.getMessage(), bad);
        }
        getLog().info("seed-everything: running the program in " + runs + " fresh JVMs per configuration");
        publish(verifyOrExplain(verifier), "nondeterminism found, the runs differ");
    }

    private static org.seedeverything.verify.Verification verifyOrExplain(JvmVerifier verifier)
            throws MojoExecutionException {
        try {
            return verifier.verify();
        } catch (IllegalArgumentException | IllegalStateException bad) {
            throw new MojoExecutionException("seed-everything verify: " + bad.getMessage(), bad);
        }
    }
}
