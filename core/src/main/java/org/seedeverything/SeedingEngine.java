package org.seedeverything;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.seedeverything.internal.AgentJar;
import org.seedeverything.internal.Derivation;
import org.seedeverything.internal.Echo;
import org.seedeverything.internal.SeedText;
import org.seedeverything.internal.targets.JdkDeterminism;
import org.seedeverything.internal.targets.TargetCatalogue;
import org.seedeverything.spi.DeterminismNote;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * The machinery behind {@link Seeds}: the global master and mode, and applying them to the targets that
 * {@link TargetCatalogue} lists, then building the report.
 */
final class SeedingEngine {
    private static final Logger LOG = LoggerFactory.getLogger(Seeds.class);
    /**
     * A target's seed is derived under the name {@code "target/" + name}. The prefix keeps the targets apart from
     * ordinary stream names, but it is not a separate namespace: {@code Seeds.derive("target/jdk.math-random")}
     * returns that target's seed.
     */
    private static final String TARGET_PREFIX = "target/";
    private static final String THREAD_PREFIX = "thread/";

    private static final Object LOCK = new Object();
    private static volatile Long master;
    private static volatile SeedMode mode = SeedMode.SEED_ONLY;

    private SeedingEngine() {
    }

    record Request(Long master, SeedMode mode, Set<String> includes, Set<String> excludes,
                   boolean insecureSecureRandom, boolean log, ClassLoader classLoader) {
    }

    static Long currentMaster() {
        return master;
    }

    static long requireMaster(String caller) {
        Long current = master;
        if (current == null) {
            throw new IllegalStateException(caller + " needs a master seed, but none is set yet; call"
                    + " Seeds.everything(seed) (or Seeds.everything() to read -D" + Seeds.MASTER_PROPERTY
                    + " / " + Seeds.MASTER_ENVIRONMENT_VARIABLE + ") at program start");
        }
        return current;
    }

    /** The seed a target gets: derived from the master and the target's name. */
    static long targetSeed(long master, String targetName) {
        return Derivation.derive(master, TARGET_PREFIX + targetName);
    }

    /** The seed the k-th thread of a pool gets for a per-thread target. */
    static long threadSeed(long master, String poolName, long index, String targetName) {
        return Derivation.derive(master, THREAD_PREFIX + poolName + "/" + targetName, index);
    }

    static SeedReport apply(Request request) {
        synchronized (LOCK) {
            String source;
            long chosen;
            if (request.master() != null) {
                chosen = request.master();
                source = "argument";
            } else {
                String property = System.getProperty(Seeds.MASTER_PROPERTY);
                String environment = System.getenv(Seeds.MASTER_ENVIRONMENT_VARIABLE);
                if (property != null && !property.isBlank()) {
                    chosen = parseSetting(property, "system property -D" + Seeds.MASTER_PROPERTY);
                    source = "system property " + Seeds.MASTER_PROPERTY;
                } else if (environment != null && !environment.isBlank()) {
                    chosen = parseSetting(environment, "environment variable " + Seeds.MASTER_ENVIRONMENT_VARIABLE);
                    source = "environment variable " + Seeds.MASTER_ENVIRONMENT_VARIABLE;
                } else {
                    chosen = new SecureRandom().nextLong();
                    source = "fresh entropy";
                }
            }
            SeedMode chosenMode = request.mode() != null ? request.mode() : modeFromProperty();
            master = chosen;
            mode = chosenMode;
            TargetCatalogue.useExplicitLoader(request.classLoader());

            List<TargetResult> results = new ArrayList<>();
            for (SeedTarget target : TargetCatalogue.all(request.insecureSecureRandom())) {
                results.add(seedOne(target, chosen, request));
            }
            List<DeterminismNote> notes = new ArrayList<>();
            if (chosenMode != SeedMode.SEED_ONLY) {
                notes.addAll(JdkDeterminism.enforce());
                for (SeedTarget target : TargetCatalogue.all()) {
                    if (selected(target.name(), request)) {
                        try {
                            notes.addAll(target.enforceDeterminism());
                        } catch (RuntimeException | LinkageError e) {
                            notes.add(DeterminismNote.notApplied(target.name(),
                                    "setting deterministic flags threw " + e, "report this as a bug of the target"));
                        }
                    }
                }
            }
            SeedReport report = new SeedReport(chosen, source, chosenMode, results, notes,
                    JdkDeterminism.uncontrolledSources(), TargetCatalogue.environmentFacts());
            if (request.log()) {
                log(report);
            }
            if (chosenMode == SeedMode.STRICT && !report.complete()) {
                throw new SeedingException(strictMessage(report), report);
            }
            return report;
        }
    }

    private static long parseSetting(String text, String where) {
        try {
            return SeedText.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("The " + where + " is not a seed: " + bad.getMessage(), bad);
        }
    }

    private static SeedMode modeFromProperty() {
        String text = System.getProperty(Seeds.MODE_PROPERTY);
        if (text == null || text.isBlank()) {
            return SeedMode.SEED_ONLY;
        }
        try {
            return SeedMode.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("System property -D" + Seeds.MODE_PROPERTY + "=" + Echo.of(text)
                    + " is not a mode; use one of SEED_ONLY, DETERMINISTIC, STRICT", bad);
        }
    }

    private static TargetResult seedOne(SeedTarget target, long master, Request request) {
        long seed = targetSeed(master, target.name());
        if (!selected(target.name(), request)) {
            return new TargetResult(target.name(), TargetStatus.SKIPPED, seed, "excluded by the caller",
                    "remove it from exclude(...) or add it to include(...)");
        }
        SeedOutcome outcome;
        try {
            outcome = target.seed(seed);
            if (outcome == null) {
                outcome = SeedOutcome.failed("the target returned no outcome", "report this as a bug of the target");
            }
        } catch (RuntimeException | LinkageError e) {
            outcome = SeedOutcome.failed("seeding threw " + e, "report this as a bug of the target");
        }
        return new TargetResult(target.name(), outcome.status(), seed, outcome.detail(), outcome.fix());
    }

    private static boolean selected(String name, Request request) {
        boolean included = request.includes().isEmpty()
                || request.includes().stream().anyMatch(pattern -> matches(pattern, name));
        boolean excluded = request.excludes().stream().anyMatch(pattern -> matches(pattern, name));
        return included && !excluded;
    }

    private static boolean matches(String pattern, String name) {
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(name);
    }

    private static void log(SeedReport report) {
        if (LOG instanceof NOPLogger) {
            // No SLF4J provider (SLF4J fell back to its no-op logger): the warnings would be lost.
            printWarnings(report, System.err);
            return;
        }
        LOG.info(report.reproduceHint());
        for (String warning : warnings(report)) {
            LOG.warn(warning);
        }
    }

    /** The log's content for a JVM without a logging provider: the hint and every warning, one per line. */
    static void printWarnings(SeedReport report, PrintStream err) {
        err.println("seed-everything: " + report.reproduceHint());
        for (String warning : warnings(report)) {
            err.println("seed-everything: " + warning);
        }
    }

    /** One sentence per target not seeded and per deterministic setting not applied, each with its fix. */
    private static List<String> warnings(SeedReport report) {
        List<String> warnings = new ArrayList<>();
        for (TargetResult problem : report.problems()) {
            warnings.add("not seeded: " + problem.name() + " (" + problem.status() + "): " + problem.detail()
                    + "; fix: " + problem.fix());
        }
        for (DeterminismNote note : report.determinismNotes()) {
            if (!note.applied()) {
                warnings.add("not deterministic: " + note.source() + ": " + note.message() + " Fix: " + note.fix());
            }
        }
        return warnings;
    }

    private static String strictMessage(SeedReport report) {
        StringBuilder message = new StringBuilder("Strict seeding failed for master ")
                .append(Seeds.format(report.master())).append(':');
        for (String warning : warnings(report)) {
            message.append("\n  ").append(warning);
        }
        message.append("\nUse SeedMode.DETERMINISTIC to get warnings instead.");
        return message.toString();
    }

    static List<String> requiredJvmOptions() {
        Set<String> options = new LinkedHashSet<>();
        for (SeedTarget target : TargetCatalogue.all()) {
            options.addAll(target.requiredJvmOptions());
        }
        return List.copyOf(options);
    }

    static List<String> childJvmOptions(long master) {
        Set<String> options = new LinkedHashSet<>();
        options.add("-D" + Seeds.MASTER_PROPERTY + "=" + Seeds.format(master));
        if (mode != SeedMode.SEED_ONLY) {
            options.add("-D" + Seeds.MODE_PROPERTY + "=" + mode.name());
        }
        options.addAll(requiredJvmOptions());
        if (Boolean.getBoolean(JdkDeterminism.AGENT_PROPERTY)) {
            // This JVM runs under the agent: so should its children, or their new Random() is not seeded.
            AgentJar.locate().ifPresent(jar -> options.add(AgentJar.javaAgentOption(jar, master)));
        }
        options.addAll(JdkDeterminism.childJvmOptions(mode));
        for (SeedTarget target : TargetCatalogue.all()) {
            options.addAll(target.childJvmOptions(mode));
        }
        return List.copyOf(options);
    }

    static Map<String, String> childEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (SeedTarget target : TargetCatalogue.all()) {
            environment.putAll(target.childEnvironment(mode));
        }
        return environment;
    }

    static Isolation isolate() {
        List<Runnable> restorers = new ArrayList<>();
        Long savedMaster = master;
        SeedMode savedMode = mode;
        for (SeedTarget target : TargetCatalogue.all()) {
            try {
                Runnable restorer = target.capture();
                if (restorer != null) {
                    restorers.add(restorer);
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("Target {} could not capture its state: {}", target.name(), e.toString());
            }
        }
        return IsolationStack.open(() -> {
            for (int i = restorers.size() - 1; i >= 0; i--) {
                restorers.get(i).run();
            }
            synchronized (LOCK) {
                master = savedMaster;
                mode = savedMode;
            }
        });
    }

    static void register(String name, LongConsumer consumer) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Target name '" + Echo.of(name) + "' is empty; give a stable name such as"
                    + " \"dl4j.model\"");
        }
        if (consumer == null) {
            throw new IllegalArgumentException("Target '" + Echo.of(name) + "' needs a consumer that accepts the seed");
        }
        SeedTarget target = new SeedTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SeedOutcome seed(long seed) {
                consumer.accept(seed);
                return SeedOutcome.seeded("user target");
            }
        };
        TargetCatalogue.register(target);
        Long current = master;
        if (current != null) {
            consumer.accept(targetSeed(current, name));
        }
    }

    static boolean unregister(String name) {
        return TargetCatalogue.unregister(name);
    }

    static ThreadFactory threadFactory(String poolName) {
        long poolMaster = requireMaster("Seeds.threadFactory");
        List<SeedTarget> perThread = perThreadTargets(poolName);
        AtomicInteger next = new AtomicInteger();
        return task -> {
            int index = next.getAndIncrement();
            Runnable seeded = () -> {
                seedCurrentThread(poolMaster, poolName, index, perThread);
                task.run();
            };
            Thread thread = new Thread(seeded, poolName + "-" + index);
            thread.setDaemon(false);
            return thread;
        };
    }

    /** Seeds the calling thread's per-thread targets as the first thread of {@code threadFactory(poolName)}. */
    static void seedCurrentThread(String poolName) {
        long master = requireMaster("Seeds.seedCurrentThread");
        seedCurrentThread(master, poolName, 0, perThreadTargets(poolName));
    }

    private static List<SeedTarget> perThreadTargets(String poolName) {
        if (poolName == null || poolName.isBlank()) {
            throw new IllegalArgumentException("Pool name '" + Echo.of(poolName) + "' is empty; give a stable name such as"
                    + " \"loader\"");
        }
        List<SeedTarget> perThread = new ArrayList<>();
        for (SeedTarget target : TargetCatalogue.all()) {
            if (target.perThread()) {
                perThread.add(target);
            }
        }
        return perThread;
    }

    private static void seedCurrentThread(long master, String poolName, int index, List<SeedTarget> perThread) {
        for (SeedTarget target : perThread) {
            SeedOutcome outcome = target.seedCurrentThread(threadSeed(master, poolName, index, target.name()));
            if (outcome.status() != TargetStatus.SEEDED && outcome.status() != TargetStatus.NOT_PRESENT) {
                LOG.warn("Thread {}-{}: {} not seeded: {}", poolName, index, target.name(), outcome);
            }
        }
    }
}
