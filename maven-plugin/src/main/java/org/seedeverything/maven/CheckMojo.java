package org.seedeverything.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.LockFile;
import org.seedeverything.verify.LockFileException;
import org.seedeverything.verify.Verification;

/**
 * Runs the program and compares it with the lock file that {@code lock} wrote; fails the build on drift and lists
 * the environment facts (JDK, OS, cores, library versions) that changed since the lock was written. Bound to the
 * {@code verify} phase when added to an execution.
 *
 * <p>The program is the configured main class or java arguments (on today's class path), else the one recorded in
 * the lock file; the seed and mode always come from the lock file.
 *
 * @since 0.1
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public final class CheckMojo extends ProgramMojo {
    /** The lock file to compare with. */
    @Parameter(property = "seeds.lockFile", defaultValue = "${project.basedir}/determinism.lock.json")
    private File lockFile;

    /** Runs to compare with the lock. */
    @Parameter(property = "seeds.runs", defaultValue = "1")
    private int runs;

    /** Created by Maven. */
    public CheckMojo() {
    }

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Verification verification;
        try {
            LockFile lock = LockFile.read(lockFile.toPath());
            JvmVerifier.Builder builder = programConfigured()
                    ? JvmVerifier.replaying(lock, program(lock.seed().isPresent())) : JvmVerifier.replaying(lock);
            verification = configure(builder).runs(runs).build().check(lockFile.toPath());
        } catch (LockFileException unusable) {
            throw new MojoFailureException("seed-everything check: " + unusable.getMessage()
                    + ". Write it with mvn package seed-everything:lock", unusable);
        } catch (IllegalArgumentException | IllegalStateException bad) {
            throw new MojoExecutionException("seed-everything check: " + bad.getMessage(), bad);
        }
        publish(verification, "the results drifted from " + lockFile);
    }
}
