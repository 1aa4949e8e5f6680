package org.seedeverything.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.seedeverything.Seeds;

/**
 * Runs the benchmarks in one JVM session and prints the ratios the project promises, each measured side by side
 * in the same run (absolute numbers drift on shared machines; ratios hold), then the raw scores with the heap
 * allocated per operation (JMH's GC profiler, {@code gc.alloc.rate.norm}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--full | --quick] [regex]
 * </pre>
 */
public final class RatioReport {

    /** How a claim compares scores (time scores are average or single-shot times: lower is faster). */
    enum Kind {
        /** ours / baseline time must be at most the target. */
        COST_AT_MOST,
        /** baseline / ours time must be at least the target. */
        SPEEDUP_AT_LEAST,
        /** ours must take at most the target, in microseconds. */
        MICROSECONDS_AT_MOST,
        /** ours must allocate at most the target heap bytes per byte of input ({@link Claim#inputBytes()}). */
        HEAP_BYTES_PER_INPUT_BYTE_AT_MOST,
        /** ours / baseline time; reported, no target. */
        COST_REPORTED,
        /** baseline / ours time; reported, no target (controls that show what the machine gives). */
        SPEEDUP_REPORTED,
        /** ours - baseline time, in milliseconds; reported, no target. */
        DIFFERENCE_REPORTED
    }

    /** One row of the table: a promise and the benchmarks that check it. */
    record Claim(String text, String ours, String baseline, Kind kind, double target, long inputBytes) {
        Claim(String text, String ours, String baseline, Kind kind, double target) {
            this(text, ours, baseline, kind, target, 0);
        }
    }

    /** A benchmark's time per operation in nanoseconds, its error, and its heap bytes per operation (NaN: none). */
    record Score(double nanos, double errorNanos, double heapBytesPerOperation) {
    }

    private static final String FINGERPRINT = "FingerprintBenchmark.";
    private static final String STRIDED = "StridedFingerprintBenchmark.";
    private static final String INIT = "InitBenchmark.";
    private static final String SEEDS = "SeedsBenchmark.";
    private static final String LAUNCH = "LaunchBenchmark.";
    private static final String DL4J = "Dl4jListenerBenchmark.";
    private static final String PARITY = "ParityBenchmark.";
    private static final String SPARK = "SparkFingerprintBenchmark.";

    static final List<Claim> CLAIMS = List.of(
            new Claim("control: pure CPU loop, 2 threads vs 1 (idle 2 cores: about 2)",
                    "MachineControlBenchmark.cpuLoopTwoThreads", "MachineControlBenchmark.cpuLoopOneThread",
                    Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("control: sequential read of 256 MiB, 2 threads vs 1", FINGERPRINT + "sequentialReadTwoThreads",
                    FINGERPRINT + "sequentialRead", Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("fingerprint 256 MiB direct vs 1-thread sequential read", FINGERPRINT + "fingerprintDirect",
                    FINGERPRINT + "sequentialRead", Kind.SPEEDUP_AT_LEAST, 0.6),
            new Claim("fingerprint 256 MiB ND4J vs 1-thread sequential read", FINGERPRINT + "fingerprintNd4j",
                    FINGERPRINT + "sequentialReadNd4j", Kind.SPEEDUP_AT_LEAST, 0.6),
            new Claim("fingerprint 256 MiB direct vs MessageDigest SHA-256", FINGERPRINT + "fingerprintDirect",
                    FINGERPRINT + "sha256Direct", Kind.SPEEDUP_AT_LEAST, 5),
            new Claim("fingerprint 256 MiB ND4J vs MessageDigest SHA-256", FINGERPRINT + "fingerprintNd4j",
                    FINGERPRINT + "sha256Direct", Kind.SPEEDUP_AT_LEAST, 5),
            new Claim("fingerprint 256 MiB ND4J vs data().asBytes() + SHA-256", FINGERPRINT + "fingerprintNd4j",
                    FINGERPRINT + "asBytesThenSha256", Kind.SPEEDUP_AT_LEAST, 20),
            new Claim("fingerprint 256 MiB ND4J on 2 threads vs MessageDigest SHA-256",
                    FINGERPRINT + "fingerprintNd4jTwoThreads", FINGERPRINT + "sha256Direct", Kind.SPEEDUP_REPORTED,
                    Double.NaN),
            new Claim("fingerprint 256 MiB ND4J on 2 threads vs data().asBytes() + SHA-256",
                    FINGERPRINT + "fingerprintNd4jTwoThreads", FINGERPRINT + "asBytesThenSha256",
                    Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("fingerprint 256 MiB direct, 1 thread, vs the previous hash in place (zero-allocation-hashing)",
                    FINGERPRINT + "fingerprintDirect", FINGERPRINT + "previousHashInPlace", Kind.COST_AT_MOST, 1.10),
            new Claim("fingerprint 256 MiB ND4J, 1 thread, vs the previous hash in place (zero-allocation-hashing)",
                    FINGERPRINT + "fingerprintNd4j", FINGERPRINT + "previousHashInPlace", Kind.COST_AT_MOST, 1.10),
            new Claim("evidence: XXH3-128 alone (one call) vs 1-thread sequential read", FINGERPRINT + "xxh128OneCall",
                    FINGERPRINT + "sequentialReadNd4j", Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("fingerprint 256 MiB direct, 2 threads vs 1 (same fingerprint)",
                    FINGERPRINT + "fingerprintDirectTwoThreads", FINGERPRINT + "fingerprintDirect",
                    Kind.SPEEDUP_AT_LEAST, 1.6),
            new Claim("fingerprint 256 MiB ND4J, 2 threads vs 1 (same fingerprint)",
                    FINGERPRINT + "fingerprintNd4jTwoThreads", FINGERPRINT + "fingerprintNd4j",
                    Kind.SPEEDUP_AT_LEAST, 1.6),
            new Claim("fingerprint 256 MiB direct, default (parallel) vs 1-thread sequential read",
                    FINGERPRINT + "fingerprintDirectDefault", FINGERPRINT + "sequentialRead", Kind.SPEEDUP_AT_LEAST,
                    1.5),
            new Claim("fingerprint 256 MiB ND4J, default (parallel) vs 1-thread sequential read",
                    FINGERPRINT + "fingerprintNd4jDefault", FINGERPRINT + "sequentialReadNd4j", Kind.SPEEDUP_AT_LEAST,
                    1.5),
            thresholdClaim(1), thresholdClaim(2), thresholdClaim(4), thresholdClaim(8), thresholdClaim(16),
            new Claim("fingerprint 256 MiB direct: heap bytes per tensor byte", FINGERPRINT + "fingerprintDirect",
                    null, Kind.HEAP_BYTES_PER_INPUT_BYTE_AT_MOST, 0.001, FingerprintBenchmark.TENSOR_BYTES),
            new Claim("fingerprint 256 MiB direct, 2 threads: heap bytes per tensor byte",
                    FINGERPRINT + "fingerprintDirectTwoThreads", null, Kind.HEAP_BYTES_PER_INPUT_BYTE_AT_MOST, 0.001,
                    FingerprintBenchmark.TENSOR_BYTES),
            new Claim("fingerprint 256 MiB ND4J: heap bytes per tensor byte", FINGERPRINT + "fingerprintNd4j", null,
                    Kind.HEAP_BYTES_PER_INPUT_BYTE_AT_MOST, 0.001, FingerprintBenchmark.TENSOR_BYTES),
            new Claim("fingerprint 256 MiB direct, default: heap bytes per tensor byte",
                    FINGERPRINT + "fingerprintDirectDefault", null, Kind.HEAP_BYTES_PER_INPUT_BYTE_AT_MOST, 0.001,
                    FingerprintBenchmark.TENSOR_BYTES),
            new Claim("fingerprint 64 MiB transpose view vs contiguous", STRIDED + "transposeView",
                    STRIDED + "contiguous", Kind.COST_AT_MOST, 3),
            new Claim("fingerprint 64 MiB transpose view vs dup('c') + fingerprint", STRIDED + "transposeView",
                    STRIDED + "dupThenFingerprint", Kind.SPEEDUP_AT_LEAST, 1),
            new Claim("fingerprint 64 MiB view with contiguous rows vs contiguous", STRIDED + "columnBlockView",
                    STRIDED + "contiguous", Kind.COST_AT_MOST, 3),
            new Claim("Init.normal 64M floats vs Nd4j.randn(existing), 2 threads", INIT + "normalTwoThreads",
                    INIT + "nd4jRandn", Kind.SPEEDUP_AT_LEAST, 2),
            new Claim("Init.uniform 64M floats vs Nd4j.rand(existing), 2 threads", INIT + "uniformTwoThreads",
                    INIT + "nd4jRand", Kind.SPEEDUP_AT_LEAST, 1),
            new Claim("Init.normal 64M floats, 2 threads vs 1 (same values)", INIT + "normalTwoThreads",
                    INIT + "normalOneThread", Kind.SPEEDUP_AT_LEAST, 1.8),
            new Claim("Init.uniform 64M floats, 2 threads vs 1 (same values)", INIT + "uniformTwoThreads",
                    INIT + "uniformOneThread", Kind.SPEEDUP_AT_LEAST, 1.8),
            new Claim("Seeds.everything (core targets) per call, microseconds", SEEDS + "everything", null,
                    Kind.MICROSECONDS_AT_MOST, 5000),
            new Claim("derive + create stream vs RandomSource.create(long)", SEEDS + "deriveAndCreateStream",
                    SEEDS + "createFromLongSeed", Kind.COST_AT_MOST, 2.0),
            new Claim("evidence: the derivation alone vs RandomSource.create(long)", SEEDS + "deriveStateOnly",
                    SEEDS + "createFromLongSeed", Kind.COST_REPORTED, Double.NaN),
            new Claim("draw from derived stream vs raw generator", SEEDS + "drawFromDerivedStream",
                    SEEDS + "drawFromRawGenerator", Kind.COST_AT_MOST, 1.05),
            new Claim("verify --runs 3 (trivial program) vs 3 sequential java launches", LAUNCH + "verifyRunsThree",
                    LAUNCH + "threeSequentialLaunches", Kind.COST_AT_MOST, 1.10),
            new Claim("evidence: CLI's own JVM (--version) vs 3 sequential java launches", LAUNCH + "cliVersion",
                    LAUNCH + "threeSequentialLaunches", Kind.COST_REPORTED, Double.NaN),
            new Claim("verify --runs 3 (program with 0.3 s of work) vs 3 sequential launches",
                    LAUNCH + "verifyRunsThreeBusy", LAUNCH + "threeSequentialBusyLaunches", Kind.COST_REPORTED,
                    Double.NaN),
            new Claim("ND4J backend load: seeding process with ND4J minus without, ms", LAUNCH + "seedingProcessNd4j",
                    LAUNCH + "seedingProcessCore", Kind.DIFFERENCE_REPORTED, Double.NaN),
            new Claim("DL4J 784-256-256-10 MLP, batch 64: DeterminismListener every 10th iteration vs none",
                    DL4J + "fitWithListenerEveryTenth", DL4J + "fitWithoutListener", Kind.COST_AT_MOST, 1.10),
            new Claim("DL4J 784-256-256-10 MLP, batch 64: DeterminismListener every iteration vs none",
                    DL4J + "fitWithListenerEveryIteration", DL4J + "fitWithoutListener", Kind.COST_REPORTED,
                    Double.NaN),
            new Claim("TorchGenerator randn 10^7 floats vs libtorch normal_ (1 thread)", PARITY + "torchGeneratorRandn",
                    PARITY + "libtorchRandn", Kind.SPEEDUP_AT_LEAST, 0.5),
            new Claim("TorchGenerator rand 10^7 floats vs libtorch uniform_ (1 thread)", PARITY + "torchGeneratorRand",
                    PARITY + "libtorchRand", Kind.SPEEDUP_AT_LEAST, 0.5),
            new Claim("NumpyGenerator standardNormal 10^6 vs Commons RNG ZigguratSampler", PARITY
                    + "numpyStandardNormal", PARITY + "commonsZiggurat", Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("Spark: SparkFingerprints.of(cached Dataset) vs count()", SPARK + "fingerprint",
                    SPARK + "count", Kind.COST_AT_MOST, 3),
            new Claim("Spark: SparkFingerprints.of vs collectAsList() + hash", SPARK + "fingerprint",
                    SPARK + "collectAndHash", Kind.SPEEDUP_AT_LEAST, 5),
            new Claim("Spark: SparkFingerprints.of vs sum of Row.hashCode() over the RDD", SPARK + "fingerprint",
                    SPARK + "rowHashCodeSum", Kind.SPEEDUP_REPORTED, Double.NaN),
            new Claim("evidence: SparkFingerprints.of vs reading every cached row (toRdd().count())",
                    SPARK + "fingerprint", SPARK + "scanRows", Kind.COST_REPORTED, Double.NaN));

    private RatioReport() {
    }

    /** Evidence for the default parallel threshold: 2 threads vs 1 at one input size. */
    private static Claim thresholdClaim(int mebibytes) {
        String size = "[mebibytes=" + mebibytes + "]";
        return new Claim("threshold: fingerprint " + mebibytes + " MiB, 2 threads vs 1",
                "ParallelThresholdBenchmark.twoThreads" + size, "ParallelThresholdBenchmark.oneThread" + size,
                Kind.SPEEDUP_REPORTED, Double.NaN);
    }

    public static void main(String[] arguments) throws RunnerException {
        boolean full = false;
        boolean quick = false;
        String include = "org\\.seedeverything\\.benchmarks\\..*";
        for (String argument : arguments) {
            if (argument.equals("--full")) {
                full = true;
            } else if (argument.equals("--quick")) {
                quick = true;
            } else if (argument.equals("--help")) {
                System.out.println("usage: java -jar benchmarks.jar [--full | --quick] [benchmark regex]");
                System.out.println("  --full   5 warmup and 10 measured iterations (default 3 and 5)");
                System.out.println("  --quick  1 and 1: checks that everything runs; the ratios mean little");
                return;
            } else {
                include = argument;
            }
        }
        String conditions = conditions();
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1)
                .warmupIterations(quick ? 1 : full ? 5 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : full ? 10 : 5).measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(forkOptions().toArray(String[]::new));
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            String params = String.join(",", result.getParams().getParamsKeys().stream()
                    .map(key -> key + "=" + result.getParams().getParam(key)).toList());
            Result<?> primary = result.getPrimaryResult();
            String unit = primary.getScoreUnit();
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            scores.put(params.isEmpty() ? label : label + "[" + params + "]",
                    new Score(toNanos(primary.getScore(), unit), toNanos(primary.getScoreError(), unit),
                            allocation == null ? Double.NaN : allocation.getScore()));
        }
        System.out.println();
        System.out.println("start: " + conditions);
        System.out.println("end:   " + conditions());
        System.out.println();
        System.out.println(table(scores));
    }

    /** Heap and flags of every fork: room for the 256 MiB buffers, the flags seeding needs, quiet logging. */
    private static List<String> forkOptions() {
        List<String> options = new ArrayList<>(List.of("-Xms1g", "-Xmx4g",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        options.addAll(Seeds.requiredJvmOptions());
        if (Runtime.version().feature() >= 21) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        return options;
    }

    private static String conditions() {
        return String.format(Locale.ROOT, "%s, Java %s (%s), %d processors, load average %.2f",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.version(), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double toNanos(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value;
            case "us/op" -> value * 1e3;
            case "ms/op" -> value * 1e6;
            case "s/op" -> value * 1e9;
            default -> throw new IllegalStateException("Unexpected unit " + unit + "; use time-per-operation modes");
        };
    }

    static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("claim | measured | target | met\n--- | --- | --- | ---\n");
        List<String> missing = new ArrayList<>();
        for (Claim claim : CLAIMS) {
            Score ours = scores.get(claim.ours());
            Score baseline = claim.baseline() == null ? null : scores.get(claim.baseline());
            if (ours == null || (claim.baseline() != null && baseline == null)
                    || (claim.kind() == Kind.HEAP_BYTES_PER_INPUT_BYTE_AT_MOST
                    && Double.isNaN(ours.heapBytesPerOperation()))) {
                missing.add(claim.text());
                continue;
            }
            String shown;
            String target;
            boolean met;
            switch (claim.kind()) {
                case COST_AT_MOST -> {
                    double cost = ours.nanos() / baseline.nanos();
                    shown = String.format(Locale.ROOT, "%.2fx cost", cost);
                    target = String.format(Locale.ROOT, "<= %.2fx", claim.target());
                    met = cost <= claim.target();
                }
                case COST_REPORTED -> {
                    shown = String.format(Locale.ROOT, "%.2fx cost", ours.nanos() / baseline.nanos());
                    target = "reported";
                    met = true;
                }
                case SPEEDUP_REPORTED -> {
                    shown = String.format(Locale.ROOT, "%.2fx speed", baseline.nanos() / ours.nanos());
                    target = "reported";
                    met = true;
                }
                case SPEEDUP_AT_LEAST -> {
                    double speed = baseline.nanos() / ours.nanos();
                    shown = String.format(Locale.ROOT, "%.2fx speed", speed);
                    target = String.format(Locale.ROOT, ">= %.2fx", claim.target());
                    met = speed >= claim.target();
                }
                case MICROSECONDS_AT_MOST -> {
                    double micros = ours.nanos() / 1e3;
                    shown = String.format(Locale.ROOT, "%.1f +- %.1f us", micros, ours.errorNanos() / 1e3);
                    target = String.format(Locale.ROOT, "<= %.0f us", claim.target());
                    met = micros <= claim.target();
                }
                case HEAP_BYTES_PER_INPUT_BYTE_AT_MOST -> {
                    double perByte = ours.heapBytesPerOperation() / claim.inputBytes();
                    shown = String.format(Locale.ROOT, "%.0f B/op for %d MiB = %.6f", ours.heapBytesPerOperation(),
                            claim.inputBytes() >> 20, perByte);
                    target = String.format(Locale.ROOT, "<= %.3f", claim.target());
                    met = perByte <= claim.target();
                }
                default -> {
                    double milliseconds = (ours.nanos() - baseline.nanos()) / 1e6;
                    shown = String.format(Locale.ROOT, "%.0f ms (%.0f - %.0f)", milliseconds, ours.nanos() / 1e6,
                            baseline.nanos() / 1e6);
                    target = "reported";
                    met = true;
                }
            }
            out.append(claim.text()).append(" | ").append(shown).append(" | ").append(target).append(" | ")
                    .append(target.equals("reported") ? "-" : met ? "yes" : "NO").append('\n');
        }
        if (!missing.isEmpty()) {
            out.append("(not run: ").append(String.join("; ", missing)).append(")\n");
        }
        out.append("\nraw scores:\n");
        out.append(String.format(Locale.ROOT, "  %-58s %16s %14s %16s%n", "benchmark", "time/op", "error",
                "heap B/op"));
        scores.forEach((name, score) -> out.append(String.format(Locale.ROOT, "  %-58s %16s %14s %16s%n", name,
                time(score.nanos()), time(score.errorNanos()),
                Double.isNaN(score.heapBytesPerOperation()) ? "-"
                        : String.format(Locale.ROOT, "%.0f", score.heapBytesPerOperation()))));
        return out.toString();
    }

    /** A time in the unit that keeps 3-4 significant digits readable. */
    static String time(double nanos) {
        if (Double.isNaN(nanos)) {
            return "-";
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos >= 1e3) {
            return String.format(Locale.ROOT, "%.2f us", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ns", nanos);
    }
}
