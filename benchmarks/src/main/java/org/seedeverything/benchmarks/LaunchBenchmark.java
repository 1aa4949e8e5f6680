package org.seedeverything.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.seedeverything.Seeds;

/**
 * Whole processes, timed one at a time ({@link Mode#SingleShotTime}): the CLI's {@code verify --runs 3} of a trivial
 * program (and of one with 0.3 s of work) beside three sequential {@code java} launches of it, and a process that seeds everything with and
 * without the ND4J target (the difference is ND4J's backend load).
 *
 * <p>The CLI is {@code cli/target/seed-everything-cli.jar} next to this module's jar when it exists (as users run
 * it), else the CLI classes on this module's class path.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LaunchBenchmark {
    private Path classDirectory;
    private List<String> trivialProgram;
    private List<String> verifyCommand;
    private List<String> busyProgram;
    private List<String> verifyBusyCommand;
    private List<String> cliVersionCommand;
    private List<String> seedingProgram;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        classDirectory = Files.createTempDirectory("seeds-bench-classes");
        ChildProcess.copyClassFile(TrivialProgram.class, classDirectory);
        ChildProcess.copyClassFile(BusyProgram.class, classDirectory);
        trivialProgram = List.of("-cp", classDirectory.toString(), TrivialProgram.class.getName());
        busyProgram = List.of("-cp", classDirectory.toString(), BusyProgram.class.getName());
        List<String> cli = new ArrayList<>();
        Path cliJar = cliJar();
        if (Files.isRegularFile(cliJar)) {
            cli.addAll(List.of("-jar", cliJar.toString()));
        } else {
            cli.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.seedeverything.cli.SeedEverythingCli"));
        }
        System.out.println("CLI: " + cli);
        List<String> version = new ArrayList<>(cli);
        version.add("--version");
        cliVersionCommand = ChildProcess.javaCommand(version);
        cli.addAll(List.of("verify", "--runs", "3", "--"));
        List<String> verifyBusy = new ArrayList<>(cli);
        cli.addAll(trivialProgram);
        verifyCommand = ChildProcess.javaCommand(cli);
        verifyBusy.addAll(busyProgram);
        verifyBusyCommand = ChildProcess.javaCommand(verifyBusy);
        seedingProgram = new ArrayList<>(Seeds.requiredJvmOptions());
        seedingProgram.addAll(List.of("-cp", System.getProperty("java.class.path"), SeedingProgram.class.getName()));
    }

    @TearDown(Level.Trial)
    public void deleteClasses() throws IOException {
        try (Stream<Path> paths = Files.walk(classDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Baseline: the trivial program launched three times, one after the other. */
    @Benchmark
    public void threeSequentialLaunches() {
        for (int run = 0; run < 3; run++) {
            ChildProcess.run(ChildProcess.javaCommand(trivialProgram));
        }
    }

    /** Ours: {@code verify --runs 3 -- -cp DIR TrivialProgram}, the CLI's own JVM included. */
    @Benchmark
    public void verifyRunsThree() {
        ChildProcess.run(verifyCommand);
    }

    /** Baseline: a program with 0.3 s of work launched three times, one after the other. */
    @Benchmark
    public void threeSequentialBusyLaunches() {
        for (int run = 0; run < 3; run++) {
            ChildProcess.run(ChildProcess.javaCommand(busyProgram));
        }
    }

    /** Ours: {@code verify --runs 3} of the program with 0.3 s of work (runs in parallel on free cores). */
    @Benchmark
    public void verifyRunsThreeBusy() {
        ChildProcess.run(verifyBusyCommand);
    }

    /** Evidence: the CLI's own JVM, {@code --version}, the fixed part of the verify overhead. */
    @Benchmark
    public void cliVersion() {
        ChildProcess.run(cliVersionCommand);
    }

    /** A fresh JVM that seeds everything with the core targets only. */
    @Benchmark
    public void seedingProcessCore() {
        ChildProcess.run(ChildProcess.javaCommand(with("core")));
    }

    /** A fresh JVM that seeds everything with the ND4J target too, which loads ND4J's native backend. */
    @Benchmark
    public void seedingProcessNd4j() {
        ChildProcess.run(ChildProcess.javaCommand(with("nd4j")));
    }

    private List<String> with(String argument) {
        List<String> arguments = new ArrayList<>(seedingProgram);
        arguments.add(argument);
        return arguments;
    }

    private static Path cliJar() {
        try {
            Path benchmarksJar = Path.of(LaunchBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            // benchmarks/target/benchmarks.jar -> cli/target/seed-everything-cli.jar
            return benchmarksJar.toAbsolutePath().getParent().getParent().getParent()
                    .resolve("cli").resolve("target").resolve("seed-everything-cli.jar");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable code source of the benchmarks", e);
        }
    }
}
