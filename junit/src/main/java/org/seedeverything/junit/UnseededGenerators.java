package org.seedeverything.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import org.seedeverything.TargetStatus;
import org.seedeverything.internal.targets.JdkDeterminism;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generators the seeding could not reach in this test JVM (typically {@code Math.random()} and the other JDK
 * globals when the JVM runs without the agent and without {@code --add-opens}). They are named once per run, loudly,
 * with the fix for the build tool at hand; reproduce lines say that they do not cover them; and with
 * {@value SeedEverything#FAIL_ON_UNSEEDED_KEY} or {@code @SeedEverything(failOnUnseeded = true)} the test fails.
 */
final class UnseededGenerators {
    /** What no target seeds unless the agent runs: named in reproduce lines when it does not. */
    static final String NEW_RANDOM = "new java.util.Random()";
    private static final Logger LOG = LoggerFactory.getLogger(SeedEverything.class);
    private static final String WARNED = "unseeded-generators-warned";
    /** Set by the agent to the options it runs with (the agent module's {@code AgentStartup.OPTIONS_PROPERTY}). */
    static final String AGENT_OPTIONS_PROPERTY = "seeds.agent.options";

    private UnseededGenerators() {
    }

    /**
     * Fails the test when asked to (class-level seeding never fails), else says once per run what {@code report}
     * could not seed; does nothing when every present target was seeded.
     *
     * @throws ExtensionConfigurationException naming the generators and the fix, when failing is asked for
     */
    static void check(ExtensionContext context, SeedReport report) {
        List<TargetResult> problems = report.problems();
        if (problems.isEmpty()) {
            return;
        }
        // Class-level seeding (for @BeforeAll) only warns: the tests themselves fail, one by one, with their names.
        if (context.getTestMethod().isPresent() && failOnUnseeded(context)) {
            throw new ExtensionConfigurationException("@SeedEverything: " + names(problems) + " cannot be seeded in"
                    + " this test JVM, and " + failSource(context) + " asks such tests to fail.\n"
                    + fix(problems, BuildTool.current()));
        }
        context.getRoot().getStore(SeedEverythingExtension.NAMESPACE).getOrComputeIfAbsent(WARNED, key -> {
            warn(problems);
            return Boolean.TRUE;
        }, Boolean.class);
    }

    /** What a reproduce line does not bring back: each unseeded target, and {@code new Random()} without the agent. */
    static List<String> notCovered(SeedReport report) {
        List<String> names = new ArrayList<>();
        for (TargetResult problem : report.problems()) {
            names.add(problem.name());
        }
        if (!Boolean.getBoolean(JdkDeterminism.AGENT_PROPERTY)) {
            names.add(NEW_RANDOM);
        }
        return names;
    }

    private static void warn(List<TargetResult> problems) {
        String message = "seed-everything: WARNING: " + names(problems) + (problems.size() == 1 ? " is" : " are")
                + " not seeded in this test JVM, so @SeedEverything tests that use "
                + (problems.size() == 1 ? "it" : "them") + " are not reproduced by their reproduce line.\n"
                + fix(problems, BuildTool.current())
                + "\nTo make such tests fail instead: -D" + SeedEverything.FAIL_ON_UNSEEDED_KEY + "=true (or in"
                + " junit-platform.properties), or @SeedEverything(failOnUnseeded = true).";
        System.err.println(message);
        // The log gets one line pointing at stderr: with a console logger the full text would be printed twice.
        LOG.warn("Not seeded in this test JVM: {}; the fix is printed on stderr", names(problems));
    }

    private static String fix(List<TargetResult> problems, BuildTool tool) {
        StringBuilder fix = new StringBuilder();
        boolean denied = problems.stream().anyMatch(problem -> problem.status() == TargetStatus.NO_ACCESS);
        String agentOptions = System.getProperty(AGENT_OPTIONS_PROPERTY);
        if (denied && agentOptions != null && agentOptions.contains("mode=")) {
            fix.append("The seed-everything agent runs in this JVM with options '").append(agentOptions)
                    .append("': a watching mode, which seeds nothing. To seed, run it without a mode (prepare-agent:"
                            + " <mode>seed</mode>, the default)\n");
        } else if (denied) {
            fix.append(tool == BuildTool.GRADLE ? "Fix: run the test JVMs with the seed-everything agent"
                    + " (build.gradle):\n" : "Fix: add the seed-everything Maven plugin, which runs the test JVMs"
                    + " with its agent (pom.xml, <build><plugins>):\n");
            fix.append(tool.agentRecipe(version()));
            fix.append("or give the test JVMs the flags: ").append(tool.flagsRecipe(Seeds.requiredJvmOptions()))
                    .append('\n');
        }
        for (TargetResult problem : problems) {
            if (problem.status() != TargetStatus.NO_ACCESS || !denied) {
                fix.append("  ").append(problem.name()).append(": ").append(problem.detail())
                        .append(problem.fix().isEmpty() ? "" : "; fix: " + problem.fix()).append('\n');
            }
        }
        return fix.toString().stripTrailing();
    }

    private static String names(List<TargetResult> problems) {
        return String.join(", ", problems.stream().map(TargetResult::name).toList());
    }

    /** On when the nearest annotations ask for it or the configuration parameter is true. */
    private static boolean failOnUnseeded(ExtensionContext context) {
        return annotationAsks(context).isPresent() || configured(context);
    }

    private static String failSource(ExtensionContext context) {
        return annotationAsks(context).map(where -> "@SeedEverything(failOnUnseeded = true) on " + where)
                .orElse("the configuration parameter " + SeedEverything.FAIL_ON_UNSEEDED_KEY + "=true");
    }

    private static Optional<String> annotationAsks(ExtensionContext context) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = at.getElement();
            if (element.isPresent() && AnnotationSupport.findAnnotation(element.get(), SeedEverything.class)
                    .map(SeedEverything::failOnUnseeded).orElse(false)) {
                return Optional.of(element.get().toString());
            }
        }
        return Optional.empty();
    }

    private static boolean configured(ExtensionContext context) {
        Optional<String> text = context.getConfigurationParameter(SeedEverything.FAIL_ON_UNSEEDED_KEY);
        if (text.isEmpty()) {
            // Launchers usually fall back to system properties themselves; some (e.g. the engine test kit) do not.
            text = Optional.ofNullable(System.getProperty(SeedEverything.FAIL_ON_UNSEEDED_KEY));
        }
        if (text.isEmpty() || text.get().isBlank()) {
            return false;
        }
        String value = text.get().strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ExtensionConfigurationException("@SeedEverything: the configuration parameter "
                    + SeedEverything.FAIL_ON_UNSEEDED_KEY + " is '" + text.get() + "'; give true or false, e.g. -D"
                    + SeedEverything.FAIL_ON_UNSEEDED_KEY + "=true");
        }
        return value.equals("true");
    }

    /** The version of this extension, for the snippets; the placeholder when running from classes. */
    private static String version() {
        String version = SeedEverything.class.getPackage().getImplementationVersion();
        return version == null ? "VERSION" : version;
    }
}
