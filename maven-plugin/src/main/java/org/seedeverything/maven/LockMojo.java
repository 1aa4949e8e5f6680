package org.seedeverything.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.LockFileException;
import org.seedeverything.verify.Verification;

/**
 * Runs the program in fresh JVMs and, when the runs agree, writes its golden lock file (standard output, manifest,
 * output-file hashes and environment): {@code mvn package seed-everything:lock}. Not bound to a phase: locking is a
 * decision. An existing lock file is replaced only with {@link #update} ({@code -Dseeds.lock.update}); nothing is
 * written when the runs differ.
 *
 * @since 0.1
 */
@Mojo(name = "lock", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public final class LockMojo extends ProgramMojo {
    /** The lock file to write. */
    @Parameter(property = "seeds.lockFile", defaultValue = "${project.basedir}/determinism.lock.json")
    private File lockFile;

    /** Replaces an existing lock file. */
    @Parameter(property = "seeds.lock.update", defaultValue = "false")
    private boolean update;

    /** Runs that must agree before the lock is written. */
    @Parameter(property = "seeds.runs", defaultValue = "2")
    private int runs;

    /** Created by Maven. */
    public LockMojo() {
    }

    @Override
    String goal() {
        return "lock";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Verification verification;
        try {
            JvmVerifier.Builder builder = seeded(JvmVerifier.builder(program(seedConfigured())));
            JvmVerifier verifier = configure(builder).runs(runs).build();
            verification = verifier.lock(lockFile.toPath(), update);
        } catch (LockFileException exists) {
            throw new MojoFailureException("seed-everything lock: " + lockFile + " already exists and was left"
                    + " unchanged; replace it with -Dseeds.lock.update=true (or <update>true</update>)", exists);
        } catch (IllegalArgumentException | IllegalStateException bad) {
            throw new MojoExecutionException("seed-everything lock: " + bad.getMessage(), bad);
        }
        publish(verification, "the runs differ, so " + lockFile + " was not written");
        getLog().info("seed-everything: wrote " + lockFile);
    }
}
