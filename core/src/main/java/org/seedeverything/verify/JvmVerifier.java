package org.seedeverything.verify;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.internal.AgentJar;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.internal.ChildProcesses;
import org.seedeverything.verify.internal.EnvironmentProbe;
import org.seedeverything.verify.internal.JavaCommandLine;
import org.seedeverything.verify.internal.OutputFiles;
import org.seedeverything.verify.internal.ProgramRunner;
import org.seedeverything.verify.internal.ProgramRunner.RunSpec;
import org.seedeverything.verify.internal.RunCapture;
import org.seedeverything.verify.internal.RunComparison;
import org.seedeverything.verify.internal.SeedingOptionsProbe;
import org.seedeverything.verify.internal.TemporaryDirectories;

/**
 * Runs a Java program several times in fresh JVMs and proves that the runs agree, or shows where they first differ.
 *
 * <pre>{@code
 * Verification result = JvmVerifier.builder("-cp", "app.jar", "com.example.Train", "--epochs", "1")
 *         .runs(3).seed(2021).build().verify();
 * System.out.print(result);              // "deterministic" or the differing entries and lines, run by run
 * }</pre>
 *
 * <h2>What is compared</h2>
 * Every run is compared with run 1: its standard output line by line, the fingerprint manifest it recorded (each
 * child gets {@code -D}{@value #MANIFEST_PROPERTY}{@code =<file>}, which {@code Fingerprints.record} writes at exit),
 * and, with {@link Builder#compareFiles(boolean)}, the files it wrote to its output directory.
 *
 * <h2>Runs</h2>
 * Children use the given java arguments, plus {@code -XX:ActiveProcessorCount} for each {@link Builder#cores}
 * value, on each {@link Builder#jdk JDK}; {@link Builder#runs(int)} runs per configuration. With
 * {@link Builder#seed(long)} the main class runs under {@code org.seedeverything.Launcher}, which seeds everything
 * first, with the JVM options seeding needs on that JDK (asked from the JDK itself when it is not the running one).
 * A child that does not finish within the timeout is killed with its descendants and reported with the tail of its
 * stderr; no child outlives the verifier.
 *
 * @since 0.1
 */
public final class JvmVerifier {
    /** System property through which each child learns where to write its manifest: {@value}. */
    public static final String MANIFEST_PROPERTY = Fingerprints.MANIFEST_PROPERTY;
    /** System property through which each child learns its private output directory: {@value}. */
    public static final String OUTPUT_PROPERTY = "seeds.output";
    /** Placeholder in the java arguments replaced by the run's private output directory: {@value}. */
    public static final String OUTPUT_PLACEHOLDER = "{output}";
    /** The main class that seeds everything and then calls the program's main: {@value}. */
    public static final String LAUNCHER_CLASS = "org.seedeverything.Launcher";

    private final List<String> program;
    private final int runs;
    private final Long seed;
    private final SeedMode mode;
    private final List<Path> javaExecutables;
    private final List<Integer> cores;
    private final Duration timeout;
    private final int parallelism;
    private final boolean compareFiles;

    private JvmVerifier(Builder builder) {
        this.program = List.copyOf(builder.program);
        this.runs = builder.runs;
        this.seed = builder.seed;
        this.mode = builder.mode;
        this.javaExecutables = builder.javaExecutables.isEmpty()
                ? List.of(Path.of(System.getProperty("java.home"), "bin", "java"))
                : List.copyOf(builder.javaExecutables);
        this.cores = builder.cores.isEmpty() ? List.of(0) : List.copyOf(builder.cores);
        this.timeout = builder.timeout;
        this.parallelism = builder.parallelism > 0 ? builder.parallelism
                : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.compareFiles = builder.compareFiles;
    }

    /** A builder for the program given as java arguments, e.g. {@code "-cp", "app.jar", "com.example.Main"}. */
    public static Builder builder(String... javaArguments) {
        return builder(List.of(javaArguments));
    }

    /** A builder for the program given as java arguments, e.g. {@code -cp app.jar com.example.Main arg}. */
    public static Builder builder(List<String> javaArguments) {
        return new Builder(javaArguments);
    }

    /** A builder that re-runs what a lock file recorded: its program, seed and mode. */
    public static Builder replaying(LockFile lock) {
        return replaying(lock, lock.program());
    }

    /**
     * A builder that runs {@code javaArguments} (the program as it is today, e.g. on a rebuilt class path) with the
     * seed and mode a lock file recorded, to compare it with that lock.
     */
    public static Builder replaying(LockFile lock, List<String> javaArguments) {
        Builder builder = builder(javaArguments);
        lock.seed().ifPresent(builder::seed);
        lock.mode().ifPresent(builder::mode);
        return builder;
    }

    /** Runs the program {@code runs} times per configuration and compares every run with run 1. */
    public Verification verify() {
        if (runs * javaExecutables.size() * cores.size() < 2) {
            throw new IllegalArgumentException("verify needs at least 2 runs to compare, but runs is " + runs
                    + " with one configuration; give --runs 2 or more");
        }
        return execute(runs, compareFiles, captures -> compareRuns("verify", captures));
    }

    /**
     * Verifies the program and, when every run agrees, writes run 1 as a lock file with its environment. When the
     * runs disagree nothing is written and the result says why.
     *
     * @throws LockFileException when the file exists and {@code update} is false
     */
    public Verification lock(Path lockFile, boolean update) {
        requireSingleConfiguration("lock");
        LockFile.requireWritable(lockFile, update);
        return execute(runs, compareFiles, captures -> {
            Verification verification = compareRuns("lock", captures);
            if (verification.deterministic()) {
                RunCapture first = captures.get(0);
                Map<String, String> hashes = new LinkedHashMap<>();
                first.files().forEach((name, file) -> hashes.put(name, OutputFiles.sha256(file)));
                new LockFile(program, seed, mode, probeEnvironment(), LockFile.stdoutOf(first.stdout()),
                        first.run().manifest(), hashes).write(lockFile, update);
            }
            return verification;
        });
    }

    /**
     * Runs the program and compares each run with a lock file; environment facts that changed since the lock was
     * written are listed as likely causes of any drift.
     *
     * @throws LockFileException when the lock file is missing or corrupt
     */
    public Verification check(Path lockFile) {
        requireSingleConfiguration("check");
        LockFile lock = LockFile.read(lockFile);
        // A lock that recorded output files is checked on them even when the caller did not ask for files.
        boolean files = compareFiles || !lock.fileHashes().isEmpty();
        return execute(runs, files, captures -> {
            List<String> problems = problems(captures);
            List<Difference> differences = new ArrayList<>();
            List<EnvironmentChange> changes = List.of();
            if (problems.isEmpty()) {
                for (RunCapture capture : captures) {
                    JvmRun run = capture.run();
                    differences.addAll(RunComparison.manifest(lock.manifest().orElse(null), run.manifest(),
                            run.number(), 0));
                    differences.addAll(RunComparison.stdout(lock.lockedStdout(), capture.stdout(), run.number()));
                    differences.addAll(RunComparison.fileHashes(lock.fileHashes(), capture.files(), run.number()));
                }
                changes = lock.environmentChanges(probeEnvironment());
            }
            return new Verification("check", program, seed, runsOf(captures), differences, changes, problems);
        });
    }

    /**
     * Runs the program once (first JDK, first core count) with its standard streams connected to this process's,
     * for {@code seed-everything run}. No manifest or output is compared.
     *
     * @return the run; its stdout and stderr tail are empty because they went to this process's streams
     */
    public JvmRun launch() {
        requireSingleConfiguration("run");
        Path directory = TemporaryDirectories.create("seed-everything-run-");
        try {
            Path java = javaExecutables.get(0);
            Path seedReport = directory.resolve("seed-report.json");
            List<String> command = command(JavaCommandLine.parse(program), java, cores.get(0), directory,
                    directory.resolve("manifest.json"), directory.resolve("output"), compareFiles,
                    List.of("--quiet", "--report", seedReport.toString()));
            ChildProcesses.Outcome outcome = ChildProcesses.run(command, directory, Map.of(), timeout, true);
            warnUnseeded(seedReport);
            return new JvmRun(1, java, cores.get(0), outcome.exitCode(), outcome.timedOut(), outcome.millis(), "",
                    0, "", null, command);
        } finally {
            TemporaryDirectories.delete(directory);
        }
    }

    private void requireSingleConfiguration(String action) {
        if (javaExecutables.size() > 1 || cores.size() > 1) {
            throw new IllegalArgumentException("'" + action + "' runs one configuration, but "
                    + javaExecutables.size() + " JDKs and " + cores.size() + " core counts were given; give at most"
                    + " one --jdk and one --cores value");
        }
    }

    private Verification compareRuns(String action, List<RunCapture> captures) {
        List<String> problems = problems(captures);
        List<Difference> differences = new ArrayList<>();
        if (problems.isEmpty()) {
            RunCapture reference = captures.get(0);
            for (RunCapture capture : captures.subList(1, captures.size())) {
                int number = capture.run().number();
                differences.addAll(RunComparison.manifest(reference.run().manifest(), capture.run().manifest(),
                        number, 1));
                differences.addAll(RunComparison.stdout(reference.stdout(), capture.stdout(), number, 1));
                differences.addAll(RunComparison.files(reference.files(), capture.files(), number, 1));
            }
        }
        return new Verification(action, program, seed, runsOf(captures), differences, List.of(), problems);
    }

    private static List<String> problems(List<RunCapture> captures) {
        List<String> problems = new ArrayList<>(captures.stream().map(RunCapture::problem).filter(Objects::nonNull)
                .toList());
        if (problems.isEmpty() && captures.stream().allMatch(ProgramRunner::producedNothing)) {
            problems.add(Verification.NOTHING_TO_COMPARE + ": no run printed anything on stdout, recorded a"
                    + " manifest or wrote an output file, so agreeing runs would prove nothing; print the results,"
                    + " record them with Fingerprints.record(name, values), or check that the command runs the"
                    + " program (and that --jdk names a JDK)");
        }
        return problems;
    }

    private static List<JvmRun> runsOf(List<RunCapture> captures) {
        return captures.stream().map(RunCapture::run).toList();
    }

    private Verification execute(int runsPerConfiguration, boolean files,
                                 Function<List<RunCapture>, Verification> evaluate) {
        JavaCommandLine commandLine = JavaCommandLine.parse(program);
        Path root = TemporaryDirectories.create("seed-everything-verify-");
        try {
            List<RunSpec> specs = new ArrayList<>();
            for (Path java : javaExecutables) {
                for (int coreCount : cores) {
                    for (int i = 0; i < runsPerConfiguration; i++) {
                        int number = specs.size() + 1;
                        Path directory = root.resolve("run-" + number);
                        Path manifest = directory.resolve("manifest.json");
                        Path output = directory.resolve("output");
                        specs.add(new RunSpec(number, java, coreCount,
                                command(commandLine, java, coreCount, directory, manifest, output, files, List.of()),
                                directory, manifest, output));
                    }
                }
            }
            return evaluate.apply(ProgramRunner.runAll(specs, parallelism, timeout));
        } finally {
            TemporaryDirectories.delete(root);
        }
    }

    private List<String> command(JavaCommandLine commandLine, Path java, int coreCount, Path directory,
                                 Path manifest, Path output, boolean files, List<String> extraLauncherArguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (coreCount > 0) {
            command.add("-XX:ActiveProcessorCount=" + coreCount);
        }
        command.add(errorFileOption(directory));
        command.add("-D" + MANIFEST_PROPERTY + "=" + manifest.toAbsolutePath());
        if (files) {
            command.add("-D" + OUTPUT_PROPERTY + "=" + output.toAbsolutePath());
        }
        List<String> arguments;
        if (seed != null) {
            command.addAll(SeedingOptionsProbe.optionsFor(java, ownLocation(), timeout));
            // With the agent at hand, unseeded new Random() in the program is seeded too.
            AgentJar.locate().ifPresent(jar -> command.add(AgentJar.javaAgentOption(jar, seed)));
            List<String> launcherArguments = new ArrayList<>(List.of("--seed", Seeds.format(seed)));
            if (mode != null) {
                launcherArguments.addAll(List.of("--mode", mode.name()));
            }
            launcherArguments.addAll(extraLauncherArguments);
            arguments = commandLine.throughLauncher(LAUNCHER_CLASS, launcherArguments, ownLocation());
        } else {
            arguments = commandLine.toArguments();
        }
        for (String argument : arguments) {
            command.add(files ? argument.replace(OUTPUT_PLACEHOLDER, output.toAbsolutePath().toString())
                    : argument);
        }
        return command;
    }

    private Map<String, String> probeEnvironment() {
        JavaCommandLine commandLine = JavaCommandLine.parse(program);
        List<String> command = new ArrayList<>();
        command.add(javaExecutables.get(0).toString());
        if (cores.get(0) > 0) {
            command.add("-XX:ActiveProcessorCount=" + cores.get(0));
        }
        command.addAll(commandLine.jvmOptions());
        command.add("-cp");
        command.add(commandLine.effectiveClassPath() + java.io.File.pathSeparator + ownLocation());
        Path directory = TemporaryDirectories.create("seed-everything-probe-");
        try {
            Path answer = directory.resolve("environment.json");
            command.add(1, errorFileOption(directory));
            command.add(EnvironmentProbe.class.getName());
            command.add(answer.toString());
            Map<String, String> facts = new LinkedHashMap<>();
            Json.parseObject(ProgramRunner.probe(command, directory, answer, timeout))
                    .forEach((key, value) -> facts.put(key, String.valueOf(value)));
            return facts;
        } finally {
            TemporaryDirectories.delete(directory);
        }
    }

    /**
     * After {@link #launch()}: the targets the launcher could not seed, from its report, on stderr (the launcher runs
     * quietly there, since its own hint, {@code -Dseeds.master=S}, reproduces nothing for an unchanged program).
     */
    private static void warnUnseeded(Path seedReport) {
        if (!Files.isRegularFile(seedReport)) {
            return;
        }
        try {
            Object targets = Json.parseObject(Files.readString(seedReport)).get("targets");
            if (targets instanceof List<?> list) {
                for (Object target : list) {
                    if (target instanceof Map<?, ?> entry && ("NO_ACCESS".equals(entry.get("status"))
                            || "FAILED".equals(entry.get("status")))) {
                        System.err.println("seed-everything: not seeded: " + entry.get("name") + ": "
                                + entry.get("fix"));
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            System.err.println("seed-everything: the seed report " + seedReport + " could not be read: "
                    + unreadable.getMessage());
        }
    }

    /** Sends the crash log of a JVM that dies ({@code hs_err_pid*.log}) to its run directory, not the caller's. */
    static String errorFileOption(Path directory) {
        return "-XX:ErrorFile=" + directory.toAbsolutePath().resolve("hs_err_pid%p.log");
    }

    /** The jar or class directory this library was loaded from; children get it on their class path. */
    private static Path ownLocation() {
        try {
            return Path.of(JvmVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot locate the seed-everything jar to put it on the child's class"
                    + " path: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link JvmVerifier}. */
    public static final class Builder {
        private final List<String> program;
        private int runs = 3;
        private Long seed;
        private SeedMode mode;
        private final List<Path> javaExecutables = new ArrayList<>();
        private final List<Integer> cores = new ArrayList<>();
        private Duration timeout = Duration.ofMinutes(5);
        private int parallelism;
        private boolean compareFiles;

        private Builder(List<String> program) {
            Objects.requireNonNull(program, "program");
            JavaCommandLine.parse(program);
            this.program = List.copyOf(program);
        }

        /** Runs per configuration (default 3); at least 2 for {@code verify}, at least 1 for lock and check. */
        public Builder runs(int runs) {
            if (runs < 1) {
                throw new IllegalArgumentException("runs is " + runs + "; give 1 or more (2 or more to compare runs"
                        + " with each other)");
            }
            this.runs = runs;
            return this;
        }

        /** Runs the main class under the launcher, which seeds everything from {@code seed} first. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The seeding mode given to the launcher (needs {@link #seed(long)}). */
        public Builder mode(SeedMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Adds a JDK to run on: its home directory or its {@code java} executable. Without any, the JDK running
         * the verifier is used.
         */
        public Builder jdk(Path jdk) {
            String executable = isWindows() ? "java.exe" : "java";
            Path java = Files.isDirectory(jdk) ? jdk.resolve("bin").resolve(executable) : jdk;
            Path name = java.getFileName();
            if (!Files.isExecutable(java) || name == null || !name.toString().equals(executable)) {
                throw new IllegalArgumentException("--jdk " + jdk + " is neither a JDK home with bin/" + executable
                        + " nor a " + executable + " executable; give e.g. the directory that $JAVA_HOME names");
            }
            javaExecutables.add(java);
            return this;
        }

        /** Adds a processor count to run with ({@code -XX:ActiveProcessorCount}); each one is a configuration. */
        public Builder cores(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("--cores " + count + " is not a processor count; give 1 or more,"
                        + " e.g. --cores 1,2");
            }
            cores.add(count);
            return this;
        }

        /** How long one run may take before it is killed (default 5 minutes). */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout " + timeout + " must be positive, e.g. 60s");
            }
            this.timeout = timeout;
            return this;
        }

        /** Lets runs take as long as they take; they are still killed if this JVM exits. */
        public Builder withoutTimeout() {
            this.timeout = null;
            return this;
        }

        /** How many runs execute at once (default: the number of processors). */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism " + parallelism + " must be 1 or more");
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Also compares the files each run writes to its private output directory, which it finds in the system
         * property {@value JvmVerifier#OUTPUT_PROPERTY} or as {@value JvmVerifier#OUTPUT_PLACEHOLDER} in its
         * arguments.
         */
        public Builder compareFiles(boolean compareFiles) {
            this.compareFiles = compareFiles;
            return this;
        }

        public JvmVerifier build() {
            if (mode != null && seed == null) {
                throw new IllegalArgumentException("mode " + mode + " was given without a seed; the mode is applied"
                        + " by the launcher, so give a seed too (--seed S --mode " + mode + ")");
            }
            return new JvmVerifier(this);
        }

        private static boolean isWindows() {
            return System.getProperty("os.name", "").startsWith("Windows");
        }
    }
}
