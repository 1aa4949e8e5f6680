package org.seedeverything.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.Verification;

/**
 * What {@code verify}, {@code lock} and {@code check} share: the program to run (a main class on the project's
 * class path, or java arguments), how it runs (seed, mode, JDKs, cores, timeout) and where the reports go.
 */
abstract class ProgramMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    Map<String, Artifact> pluginArtifactMap;

    /** The main class to run, on the project's class path ({@link #classpathScope}). */
    @Parameter(property = "seeds.mainClass")
    String mainClass;

    /** Arguments for {@link #mainClass}. */
    @Parameter
    List<String> arguments = new ArrayList<>();

    /** JVM options for {@link #mainClass}, e.g. {@code -Xmx1g}. */
    @Parameter
    List<String> jvmArguments = new ArrayList<>();

    /**
     * Instead of {@link #mainClass}: everything you would give {@code java}, e.g. {@code -jar}, {@code
     * target/app.jar}, {@code --epochs}, {@code 1} (one element each).
     */
    @Parameter
    List<String> javaArguments = new ArrayList<>();

    /** Which class path {@link #mainClass} runs on: {@code runtime} (default) or {@code test}. */
    @Parameter(property = "seeds.classpathScope", defaultValue = "runtime")
    String classpathScope;

    /**
     * Runs the main class under {@code org.seedeverything.Launcher}, which seeds everything from this master first
     * (decimal or {@code 0x} hex). Without it the program must seed itself.
     */
    @Parameter(property = "seeds.master")
    String seed;

    /** The launcher's seeding mode: {@code SEED_ONLY}, {@code DETERMINISTIC} or {@code STRICT} (needs a seed). */
    @Parameter(property = "seeds.mode")
    String mode;

    /** JDK homes (or java executables) to run on; each is a configuration. Default: the JDK running Maven. */
    @Parameter
    List<File> jdks = new ArrayList<>();

    /** Processor counts ({@code -XX:ActiveProcessorCount}) to run with; each is a configuration. */
    @Parameter
    List<Integer> cores = new ArrayList<>();

    /** Seconds one run may take before it and its child processes are killed. */
    @Parameter(property = "seeds.timeout", defaultValue = "300")
    int timeoutSeconds;

    /** Runs at once; default: the number of processors. */
    @Parameter(property = "seeds.parallel")
    Integer parallel;

    /**
     * Also compares the files each run writes to its own output directory, given to it as {@code -Dseeds.output}
     * and as {@code {output}} in its arguments.
     */
    @Parameter(property = "seeds.compareFiles", defaultValue = "false")
    boolean compareFiles;

    /** Where the JUnit XML ({@code TEST-seed-everything-<goal>.xml}) and JSON reports are written. */
    @Parameter(property = "seeds.reportsDirectory",
            defaultValue = "${project.build.directory}/seed-everything-reports")
    File reportsDirectory;

    /** Skips the goal. */
    @Parameter(property = "seeds.skip", defaultValue = "false")
    boolean skip;

    /** The goal's name, for messages and report file names. */
    abstract String goal();

    /** Runs the goal; not called when skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("seed-everything: " + goal() + " skipped (seeds.skip)");
            return;
        }
        run();
    }

    /** Whether the program is configured in the POM (a main class or java arguments). */
    final boolean programConfigured() {
        return (mainClass != null && !mainClass.isBlank()) || !javaArguments.isEmpty();
    }

    /**
     * The configured program as java arguments. A main class that runs under the launcher ({@code launched}) also
     * gets the agent jar at the end of its class path: it holds the launcher with everything the launcher needs
     * (core, Commons RNG, the SLF4J API), which a project that does not depend on seed-everything lacks.
     */
    final List<String> program(boolean launched) throws MojoExecutionException {
        boolean main = mainClass != null && !mainClass.isBlank();
        if (main == !javaArguments.isEmpty()) {
            throw new MojoExecutionException("seed-everything " + goal() + ": give either <mainClass> (run on the"
                    + " project's class path) or <javaArguments> (what you would give java), "
                    + (main ? "not both" : "e.g. <mainClass>com.example.Train</mainClass>"));
        }
        if (!main) {
            return List.copyOf(javaArguments);
        }
        List<String> program = new ArrayList<>(jvmArguments);
        program.add("-cp");
        List<String> classpath = new ArrayList<>(classpath());
        if (launched) {
            classpath.add(PrepareAgentMojo.agentJar(pluginArtifactMap).getAbsolutePath());
        }
        program.add(String.join(File.pathSeparator, classpath));
        program.add(mainClass.strip());
        program.addAll(arguments);
        return program;
    }

    private List<String> classpath() throws MojoExecutionException {
        String scope = classpathScope == null ? "runtime" : classpathScope.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (scope) {
                case "runtime" -> project.getRuntimeClasspathElements();
                case "test" -> project.getTestClasspathElements();
                default -> throw new MojoExecutionException("seed-everything " + goal() + ": classpathScope '"
                        + classpathScope + "' is not a class path; use runtime or test");
            };
        } catch (DependencyResolutionRequiredException unresolved) {
            throw new MojoExecutionException("seed-everything " + goal() + ": the project's " + scope
                    + " class path is not resolved: " + unresolved.getMessage(), unresolved);
        }
    }

    /** Applies the run settings (JDKs, cores, timeout, parallelism, files) to {@code builder}. */
    final JvmVerifier.Builder configure(JvmVerifier.Builder builder) throws MojoExecutionException {
        try {
            jdks.forEach(jdk -> builder.jdk(jdk.toPath()));
            cores.forEach(builder::cores);
            builder.timeout(Duration.ofSeconds(timeoutSeconds));
            if (parallel != null) {
                builder.parallelism(parallel);
            }
            return builder.compareFiles(compareFiles);
        } catch (IllegalArgumentException bad) {
            throw new MojoExecutionException("seed-everything " + goal() + ": " + bad.getMessage(), bad);
        }
    }

    /** Whether a seed is configured, so that the main class runs under the launcher. */
    final boolean seedConfigured() {
        return seed != null && !seed.isBlank();
    }

    /** Applies the configured seed and mode to {@code builder}. */
    final JvmVerifier.Builder seeded(JvmVerifier.Builder builder) throws MojoExecutionException {
        if (seedConfigured()) {
            try {
                builder.seed(Seeds.parse(seed.strip()));
            } catch (IllegalArgumentException bad) {
                throw new MojoExecutionException("seed-everything " + goal() + ": seed '" + seed + "' is not a"
                        + " seed: " + bad.getMessage() + ". Give e.g. <seed>2021</seed> or -Dseeds.master=2021", bad);
            }
        }
        if (mode != null && !mode.isBlank()) {
            try {
                builder.mode(SeedMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException bad) {
                throw new MojoExecutionException("seed-everything " + goal() + ": mode '" + mode + "' is not a"
                        + " seeding mode; use SEED_ONLY, DETERMINISTIC or STRICT", bad);
            }
        }
        return builder;
    }

    /**
     * Logs the report, writes it as JUnit XML and JSON, and fails the build unless every run agreed.
     *
     * @param failure what the build failure says before the report, e.g. "nondeterminism found"
     */
    final void publish(Verification verification, String failure) throws MojoFailureException {
        Path directory = reportsDirectory.toPath();
        Path xml = directory.resolve("TEST-seed-everything-" + goal() + ".xml");
        AtomicFiles.writeString(xml, verification.toJunitXml());
        AtomicFiles.writeString(directory.resolve("seed-everything-" + goal() + ".json"), verification.toJson());
        String report = verification.toString().stripTrailing();
        switch (verification.verdict()) {
            case DETERMINISTIC -> {
                report.lines().forEach(getLog()::info);
                getLog().info("seed-everything: JUnit XML report " + xml);
            }
            case NONDETERMINISTIC -> throw new MojoFailureException("seed-everything " + goal() + ": " + failure
                    + " (JUnit XML report " + xml + ")\n" + report);
            case FAILED -> throw new MojoFailureException("seed-everything " + goal() + ": the program did not"
                    + " complete (JUnit XML report " + xml + ")\n" + report);
        }
    }
}
