package org.seedeverything.maven;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.seedeverything.Seeds;
import org.seedeverything.maven.internal.AgentArgLine;

/**
 * Puts the seed-everything agent on the command line of the test JVMs that Surefire and Failsafe start, so that
 * {@code @SeedEverything} tests seed {@code Math.random()}, {@code ThreadLocalRandom}, {@code Collections.shuffle}
 * and unseeded Commons RNG without any {@code --add-opens} flags:
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.seedeverything</groupId>
 *   <artifactId>seed-everything-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 *
 * <p>The goal sets the project property {@link #propertyName} (default {@code argLine}, which Surefire and Failsafe
 * read) to {@code -javaagent:<agent jar>=<options>} followed by what the property held before. A plugin
 * configuration with its own {@code <argLine>} keeps the agent with {@code <argLine>@{argLine} ...</argLine>}.
 *
 * <p>The master seed is {@code -Dseeds.master} from the command line (or this goal's {@code master}); without
 * one, each test JVM draws a fresh master and prints it, and the reproduce line of a failing test names it.
 *
 * @since 0.1
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class PrepareAgentMojo extends AbstractMojo {
    /** The agent's coordinates in the plugin's artifact map. */
    static final String AGENT_KEY = "org.seedeverything:seed-everything-agent";
    private static final List<String> MODES = List.of("seed", "audit", "warn", "strict");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    /** The project property to set: {@code argLine} for Surefire and Failsafe, or a name used in their argLine. */
    @Parameter(property = "seeds.propertyName", defaultValue = "argLine")
    private String propertyName;

    /** The master seed (decimal or {@code 0x} hex); default: {@code -Dseeds.master}, else a fresh one per JVM. */
    @Parameter(property = "seeds.master")
    private String master;

    /**
     * What the agent does: {@code seed} (default) seeds everything, including {@code new Random()}; {@code audit},
     * {@code warn} and {@code strict} change nothing and report, log or forbid each unseeded use.
     */
    @Parameter(property = "seeds.agent.mode", defaultValue = "seed")
    private String mode;

    /** Where the agent writes its JSON report (the audit in the watching modes); default: none. */
    @Parameter(property = "seeds.agent.report")
    private File report;

    /** Leaves the property unchanged. */
    @Parameter(property = "seeds.skip", defaultValue = "false")
    private boolean skip;

    /** Created by Maven. */
    public PrepareAgentMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("seed-everything: prepare-agent skipped (seeds.skip)");
            return;
        }
        String agentMode = mode == null ? "seed" : mode.strip().toLowerCase(Locale.ROOT);
        if (!MODES.contains(agentMode)) {
            throw new MojoExecutionException("seed-everything prepare-agent: mode '" + mode + "' is not a mode; use"
                    + " one of " + String.join(", ", MODES) + ", e.g. <mode>audit</mode> or -Dseeds.agent.mode=audit");
        }
        String masterText = masterText();
        StringBuilder options = new StringBuilder();
        if (agentMode.equals("seed")) {
            if (masterText != null) {
                options.append("seed=").append(masterText);
            }
        } else {
            options.append("mode=").append(agentMode);
        }
        if (report != null) {
            options.append(options.length() == 0 ? "" : ",").append("report=").append(report.getAbsolutePath());
        }
        String ours = AgentArgLine.options(agentJar(pluginArtifactMap).toPath(), options.toString(), masterText);
        Properties properties = project.getProperties();
        String value = AgentArgLine.prepend(ours, existingValue());
        properties.setProperty(propertyName, value);
        getLog().info("seed-everything: " + propertyName + " set to " + value);
    }

    /** The master in its printed form, or null when none was given. */
    private String masterText() throws MojoExecutionException {
        if (master == null || master.isBlank()) {
            return null;
        }
        try {
            return Seeds.format(Seeds.parse(master.strip()));
        } catch (IllegalArgumentException bad) {
            throw new MojoExecutionException("seed-everything prepare-agent: master '" + master + "' is not a seed: "
                    + bad.getMessage() + ". Give e.g. -Dseeds.master=2021 or <master>0x7e5</master>", bad);
        }
    }

    /** A user property (-DargLine=...) wins over the project property, as it does for Surefire. */
    private String existingValue() {
        String user = session.getUserProperties().getProperty(propertyName);
        return user != null ? user : project.getProperties().getProperty(propertyName);
    }

    /** The agent jar among the plugin's own dependencies. */
    static File agentJar(Map<String, Artifact> pluginArtifactMap) throws MojoExecutionException {
        Artifact agent = pluginArtifactMap.get(AGENT_KEY);
        if (agent == null || agent.getFile() == null || !agent.getFile().isFile()) {
            throw new MojoExecutionException("seed-everything: the plugin's dependency " + AGENT_KEY
                    + " was not resolved" + (agent == null ? "" : " (file " + agent.getFile() + ")")
                    + "; do not exclude it from the plugin's dependencies");
        }
        return agent.getFile();
    }
}
