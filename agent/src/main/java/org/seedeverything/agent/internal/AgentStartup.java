package org.seedeverything.agent.internal;

import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import java.nio.file.Path;
import org.seedeverything.internal.AgentJar;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.internal.targets.JdkDeterminism;

/**
 * What the agent does before {@code main} (or at late attach): inject the bootstrap hooks, instrument, and then
 * either seed everything or start watching.
 */
public final class AgentStartup {
    /** Set to the agent jar's path (unless already set), so tools in this JVM can pass the agent on: {@value}. */
    public static final String JAR_PROPERTY = AgentJar.PROPERTY;
    /** The options the agent was started with: {@value}. */
    public static final String OPTIONS_PROPERTY = "seeds.agent.options";
    private static final String PREFIX = "[seed-everything agent] ";
    /** Where a thread's ThreadLocalRandom seed lives ({@code Thread.threadLocalRandomSeed}). */
    private static final String THREAD_PACKAGE = "java.base/java.lang";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private AgentStartup() {
    }

    /**
     * Starts the agent.
     *
     * @param argument the text after {@code =} in {@code -javaagent:...jar=...}; may be null
     * @param agentJar the agent jar's path, or null when unknown
     */
    public static void start(String argument, Instrumentation instrumentation, String agentJar) {
        AgentOptions options = AgentOptions.parse(argument);
        PrintStream messages = System.err;
        if (!STARTED.compareAndSet(false, true)) {
            messages.println(PREFIX + "already running with options '" + System.getProperty(OPTIONS_PROPERTY)
                    + "'; ignoring the second start with '" + argument + "'. Fix: load the agent once");
            return;
        }
        BootstrapHooks.inject(instrumentation);
        if (agentJar != null && System.getProperty(JAR_PROPERTY) == null) {
            System.setProperty(JAR_PROPERTY, agentJar);
        }
        System.setProperty(OPTIONS_PROPERTY, argument == null ? "" : argument);

        boolean watchSecure = options.mode().watches() || options.insecureSecureRandom();
        SourceInstrumentation sources = new SourceInstrumentation(options.mode().watches(), watchSecure, messages);
        sources.install(instrumentation);
        UnseededUseRecorder recorder = watchSecure ? new UnseededUseRecorder(options.mode(), messages) : null;
        if (options.mode().watches()) {
            SourceInstrumentation.activate(recorder, null);
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> AuditReport.write(recorder.uses(), options, messages), "seed-everything-agent-report"));
            if (!options.quiet()) {
                messages.println(PREFIX + options.mode().name().toLowerCase(Locale.ROOT)
                        + " mode: watching unseeded randomness; the report follows at exit");
            }
            return;
        }
        seed(options, instrumentation, sources, recorder, messages);
    }

    private static void seed(AgentOptions options, Instrumentation instrumentation, SourceInstrumentation sources,
                             UnseededUseRecorder recorder, PrintStream messages) {
        List<String> packages = new ArrayList<>(Seeds.requiredJvmOptions());
        if (options.insecureSecureRandom()) {
            packages.addAll(ModuleOpener.SECURE_RANDOM_PACKAGES);
        }
        packages.add(THREAD_PACKAGE);
        ModuleOpener.open(instrumentation, packages, Seeds.class.getModule());
        if (sources.randomInstrumented()) {
            System.setProperty(JdkDeterminism.AGENT_PROPERTY, "true");
        } else {
            messages.println(PREFIX + "WARNING: new java.util.Random() could not be instrumented and stays"
                    + " time-seeded");
        }
        ClockSeedInstrumentation.install(instrumentation, messages);
        Seeds.Builder builder = Seeds.builder();
        if (options.master() != null) {
            builder.master(options.master());
        }
        if (options.insecureSecureRandom()) {
            builder.dangerouslyMakeSecureRandomPredictable();
        }
        SeedReport report = builder.apply();
        if (System.getProperty(Seeds.MASTER_PROPERTY) == null) {
            System.setProperty(Seeds.MASTER_PROPERTY, Seeds.format(report.master()));
        }
        SourceInstrumentation.activate(recorder, sources.randomInstrumented()
                ? new ThreadRandomSeeds(report.master()) : null);
        if (!ThreadSeeding.install(report.master()) && sources.threadLocalRandomInstrumented()) {
            messages.println(PREFIX + "WARNING: ThreadLocalRandom could not be seeded per thread and keeps the"
                    + " JDK's shared, race-ordered seeds");
        }
        ClockSeeds.activate(report.master());
        if (options.report() != null) {
            AtomicFiles.writeString(options.report(), report.toJson());
        }
        if (!options.quiet()) {
            messages.println(PREFIX + "master " + Seeds.format(report.master()) + " (" + report.masterSource() + ");"
                    + " reproduce by adding " + AgentJar.javaAgentOption(Path.of(System.getProperty(JAR_PROPERTY,
                    AgentJar.FILE_NAME)), "seed=" + Seeds.format(report.master())) + " to the same java command");
        }
        for (TargetResult problem : report.problems()) {
            messages.println(PREFIX + "WARNING: not seeded: " + problem.name() + ": " + problem.detail() + "; fix: "
                    + problem.fix());
        }
        if (options.insecureSecureRandom()) {
            messages.println(PREFIX + "INSECURE: SecureRandom, UUID.randomUUID() and temporary file names are"
                    + " predictable in this JVM; never use it for keys, tokens or passwords");
        }
    }
}
