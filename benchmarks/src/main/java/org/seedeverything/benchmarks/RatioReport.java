package org.seedeverything.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks in one JVM session and prints the ratios the project promises, each measured side by side
 * in the same run (absolute numbers drift on shared machines; ratios hold).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--full] [regex]
 * </pre>
 */
public final class RatioReport {

    /** How a claim compares two scores (all scores are average times, lower is faster). */
    enum Kind {
        /** ours / baseline must be at most the target. */
        COST_AT_MOST,
        /** baseline / ours must be at least the target. */
        SPEEDUP_AT_LEAST,
        /** ours must be at most the target, in the score's unit. */
        ABSOLUTE_AT_MOST
    }

    record Claim(String text, String ours, String baseline, Kind kind, double target) {
    }

    static final List<Claim> CLAIMS = List.of(
            new Claim("Seeds.everything (core targets) per call, microseconds", "SeedsBenchmark.everything", null,
                    Kind.ABSOLUTE_AT_MOST, 5000),
            new Claim("derive + create stream vs RandomSource.create(long)", "SeedsBenchmark.deriveAndCreateStream",
                    "SeedsBenchmark.createFromLongSeed", Kind.COST_AT_MOST, 2.0),
            new Claim("draw from derived stream vs raw generator", "SeedsBenchmark.drawFromDerivedStream",
                    "SeedsBenchmark.drawFromRawGenerator", Kind.COST_AT_MOST, 1.05));

    private RatioReport() {
    }

    public static void main(String[] arguments) throws RunnerException {
        boolean full = false;
        String include = "org\\.seedeverything\\.benchmarks\\..*";
        for (String argument : arguments) {
            if (argument.equals("--full")) {
                full = true;
            } else if (argument.equals("--help")) {
                System.out.println("usage: java -jar benchmarks.jar [--full] [benchmark regex]");
                return;
            } else {
                include = argument;
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1)
                .warmupIterations(full ? 5 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(full ? 10 : 5).measurementTime(TimeValue.seconds(1));
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
            String params = String.join(",", result.getParams().getParamsKeys().stream()
                    .map(key -> key + "=" + result.getParams().getParam(key)).toList());
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String unit = result.getPrimaryResult().getScoreUnit();
            scores.put(params.isEmpty() ? label : label + "[" + params + "]",
                    new double[] {toNanos(score, unit), toNanos(error, unit)});
        }
        System.out.println();
        System.out.println(table(scores));
    }

    private static double toNanos(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value;
            case "us/op" -> value * 1e3;
            case "ms/op" -> value * 1e6;
            case "s/op" -> value * 1e9;
            default -> throw new IllegalStateException("Unexpected unit " + unit + "; use average-time benchmarks");
        };
    }

    static String table(Map<String, double[]> scores) {
        StringBuilder out = new StringBuilder("claim | measured | target | met\n--- | --- | --- | ---\n");
        List<String> missing = new ArrayList<>();
        for (Claim claim : CLAIMS) {
            double[] ours = scores.get(claim.ours());
            double[] baseline = claim.baseline() == null ? null : scores.get(claim.baseline());
            if (ours == null || (claim.baseline() != null && baseline == null)) {
                missing.add(claim.text());
                continue;
            }
            double measured;
            String shown;
            boolean met;
            switch (claim.kind()) {
                case COST_AT_MOST -> {
                    measured = ours[0] / baseline[0];
                    shown = String.format(Locale.ROOT, "%.2fx cost", measured);
                    met = measured <= claim.target();
                }
                case SPEEDUP_AT_LEAST -> {
                    measured = baseline[0] / ours[0];
                    shown = String.format(Locale.ROOT, "%.2fx faster", measured);
                    met = measured >= claim.target();
                }
                default -> {
                    measured = ours[0] / 1e3;
                    shown = String.format(Locale.ROOT, "%.1f +- %.1f", measured, ours[1] / 1e3);
                    met = measured <= claim.target();
                }
            }
            String target = switch (claim.kind()) {
                case COST_AT_MOST -> "<= " + claim.target() + "x";
                case SPEEDUP_AT_LEAST -> ">= " + claim.target() + "x";
                default -> "<= " + claim.target();
            };
            out.append(claim.text()).append(" | ").append(shown).append(" | ").append(target).append(" | ")
                    .append(met ? "yes" : "NO").append('\n');
        }
        if (!missing.isEmpty()) {
            out.append("(not run: ").append(String.join("; ", missing)).append(")\n");
        }
        out.append("\nraw scores (ns/op +- error):\n");
        scores.forEach((name, score) -> out.append(String.format(Locale.ROOT, "  %-60s %14.1f +- %.1f%n", name,
                score[0], score[1])));
        return out.toString();
    }
}
