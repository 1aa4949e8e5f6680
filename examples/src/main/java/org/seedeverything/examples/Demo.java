package org.seedeverything.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.examples.diagnostics.Activation;
import org.seedeverything.examples.diagnostics.Diagnosis;
import org.seedeverything.examples.diagnostics.Finding;
import org.seedeverything.examples.diagnostics.InitDiagnostics;
import org.seedeverything.examples.diagnostics.LayerStatistics;
import org.seedeverything.examples.diagnostics.SymmetryLesson;
import org.seedeverything.verify.Verification;

/**
 * The seed-everything demo: why initial weights are seeded, how to tell a broken initialisation, and proof that a
 * seeded one is reproducible.
 *
 * <ol>
 *   <li>seeds everything from one master seed and prints the report;</li>
 *   <li>initialises a 784-256-256-10 MLP in ND4J with zeros, N(0, 1), Xavier and He;</li>
 *   <li>runs the init diagnostics and prints the table and findings;</li>
 *   <li>shows the symmetry lesson (a few SGD steps from zeros, a constant and He init);</li>
 *   <li>writes a PNG plot of the activation std per layer and scheme;</li>
 *   <li>fingerprints every initial parameter and verifies them in fresh JVMs, printing the verdict.</li>
 * </ol>
 *
 * <p>Options: {@code --seed N} (default 2021), {@code --out DIR} (where the PNG goes; default
 * {@code seed-everything-demo/} next to the demo's jar or classes, i.e. under {@code examples/target/}, else in
 * the JVM temp dir), {@code --children N} (default 3), {@code --quick} (two
 * fresh JVMs and a shorter lesson, for the smoke test). Exit status 0 when everything was reproduced, 1 when not,
 * 2 for bad options.
 */
public final class Demo {
    static final String PRINT_FINGERPRINTS = "--print-fingerprints";
    private static final long DEFAULT_SEED = 2021;

    private Demo() {
    }

    public static void main(String[] arguments) throws IOException {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j.linalg.factory.Nd4jBackend", "warn");
        if (arguments.length == 1 && arguments[0].equals(PRINT_FINGERPRINTS)) {
            printFingerprints();
            return;
        }
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Demo().run(options, System.out) ? 0 : 1);
    }

    /**
     * The child side of the fresh-JVM check, run by the verifier under the seeding launcher (which has seeded
     * everything from the master): rebuilds the weights and prints their fingerprints.
     */
    private static void printFingerprints() {
        for (InitScheme scheme : InitScheme.values()) {
            WeightFingerprints.of(MlpWeights.build(scheme).parameters()).forEach((name, fingerprint) ->
                    System.out.println(FreshJvmCheck.FINGERPRINT_PREFIX + name + " " + fingerprint));
        }
    }

    private boolean run(Options options, PrintStream out) throws IOException {
        long started = System.nanoTime();
        out.println("seed-everything demo: why initial weights are seeded, and proof that they are reproducible");
        out.println();
        out.println("== 1. Seed everything from one master seed");
        SeedReport report = Seeds.builder().master(options.seed()).log(false).apply();
        out.print(report);
        out.println();

        out.println("== 2. Initialise a 784-256-256-10 MLP in ND4J four ways (each parameter from its own named stream)");
        long loading = System.nanoTime();
        Nd4j.create(1); // the first use loads ND4J's native backend
        out.printf(Locale.ROOT, "  ND4J backend loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        Map<InitScheme, MlpWeights> networks = new LinkedHashMap<>();
        for (InitScheme scheme : InitScheme.values()) {
            long t0 = System.nanoTime();
            MlpWeights weights = MlpWeights.build(scheme);
            networks.put(scheme, weights);
            long count = weights.parameters().values().stream().mapToLong(array -> array.length()).sum();
            out.printf(Locale.ROOT, "  %-7s %d parameters in %d arrays, %.0f ms%n", scheme.label(), count,
                    weights.parameters().size(), (System.nanoTime() - t0) / 1e6);
        }
        out.println();

        out.println("== 3. Diagnostics: " + InitDiagnostics.PROBE_BATCH + " probe inputs ~ N(0,1) through each"
                + " network (ReLU hidden layers)");
        Map<InitScheme, List<LayerStatistics>> statistics = new LinkedHashMap<>();
        Map<InitScheme, List<Finding>> findings = new LinkedHashMap<>();
        long probeSeed = Seeds.derive("demo.probe");
        for (MlpWeights network : networks.values()) {
            Diagnosis diagnosis = InitDiagnostics.forward(network.denseLayers(), Activation.RELU, probeSeed);
            statistics.put(network.scheme(), diagnosis.layers());
            findings.put(network.scheme(), diagnosis.findings());
        }
        out.print(table(statistics));
        out.println("  findings:");
        findings.forEach((scheme, list) -> {
            if (list.isEmpty()) {
                out.printf(Locale.ROOT, "  [%s] none: the signal keeps its scale and every unit is different%n",
                        scheme.label());
            }
            for (Finding finding : list) {
                out.printf(Locale.ROOT, "  [%s] %s%n", scheme.label(), finding.sentence());
            }
        });
        out.println();

        int steps = options.quick() ? 50 : 200;
        out.println("== 4. The symmetry lesson: " + steps + " gradient steps on a toy regression (4-16-1 ReLU network)");
        long lessonSeed = Seeds.derive("demo.symmetry-lesson");
        for (SymmetryLesson.Start start : SymmetryLesson.Start.values()) {
            out.println("  " + SymmetryLesson.train(start, steps, lessonSeed).sentence());
        }
        out.println();

        out.println("== 5. Plot of the activation std per layer and scheme");
        Path png = ActivationStdPlot.write(statistics, options.outputDirectory().resolve("activation-std.png"));
        out.println("  wrote " + png.toAbsolutePath() + " (" + Files.size(png) + " bytes)");
        out.println();

        out.println("== 6. Fingerprints of the initial weights, verified in " + options.children() + " fresh JVM"
                + (options.children() == 1 ? "" : "s"));
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (MlpWeights network : networks.values()) {
            fingerprints.putAll(WeightFingerprints.of(network.parameters()));
        }
        String example = "he/layer1.weight";
        out.printf(Locale.ROOT, "  %d parameters fingerprinted here (dtype, shape and C-order values), e.g. %s %s%n",
                fingerprints.size(), example, fingerprints.get(example));
        out.println("  JvmVerifier.builder(\"-cp\", classPath, \"" + Demo.class.getName() + "\", \""
                + PRINT_FINGERPRINTS + "\").runs(" + options.children() + ").seed(" + Seeds.format(options.seed())
                + ").build().verify() (each fresh JVM loads ND4J: a few seconds)");
        Verification verification = FreshJvmCheck.run(options.children(), options.seed());
        out.print(verification.toString().indent(2));
        List<String> disagreements = verification.deterministic()
                ? FreshJvmCheck.disagreements(verification, fingerprints) : List.of();
        out.println();
        boolean ok = verification.deterministic() && disagreements.isEmpty();
        int runs = verification.runs().size();
        if (ok) {
            out.printf(Locale.ROOT, "VERDICT: REPRODUCIBLE. %d of %d fresh JVMs rebuilt all %d parameters bit for bit"
                    + " from master %s.%n", runs, runs, fingerprints.size(), Seeds.format(options.seed()));
        } else {
            String first = !disagreements.isEmpty() ? disagreements.get(0)
                    : verification.firstDifference().map(Object::toString)
                    .orElseGet(() -> String.join("; ", verification.problems()));
            out.printf(Locale.ROOT, "VERDICT: NOT REPRODUCIBLE. first: %s%n", first);
        }
        out.printf(Locale.ROOT, "(demo took %.1f s)%n", (System.nanoTime() - started) / 1e9);
        return ok;
    }

    private static String table(Map<InitScheme, List<LayerStatistics>> statistics) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "  %-7s %-8s %6s %12s %12s %7s%n",
                "scheme", "layer", "units", "mean", "std", "dead"));
        statistics.forEach((scheme, layers) -> {
            for (LayerStatistics layer : layers) {
                table.append(String.format(Locale.ROOT, "  %-7s %-8s %6d %12.4g %12.4g %6.1f%%%n", scheme.label(),
                        layer.layer(), layer.units(), layer.mean(), layer.std(), 100 * layer.deadFraction()));
            }
        });
        return table.toString();
    }

    /** The command-line options. */
    record Options(long seed, Path outputDirectory, int children, boolean quick) {
        static Options parse(String[] arguments) {
            long seed = DEFAULT_SEED;
            Path out = null;
            Integer children = null;
            boolean quick = false;
            for (int i = 0; i < arguments.length; i++) {
                switch (arguments[i]) {
                    case "--seed" -> seed = Seeds.parse(value(arguments, ++i, "--seed"));
                    case "--out" -> out = Path.of(value(arguments, ++i, "--out"));
                    case "--children" -> {
                        String text = value(arguments, ++i, "--children");
                        try {
                            children = Integer.parseInt(text);
                        } catch (NumberFormatException e) {
                            children = -1;
                        }
                        if (children < 2 || children > 16) {
                            throw new IllegalArgumentException("--children " + text + " is not a count from 2 to 16"
                                    + " (the fresh JVMs are compared with each other)");
                        }
                    }
                    case "--quick" -> quick = true;
                    default -> throw new IllegalArgumentException("Unknown option '" + arguments[i] + "'; use --seed N,"
                            + " --out DIR, --children N or --quick");
                }
            }
            if (out == null) {
                out = defaultOutputDirectory();
            }
            return new Options(seed, out, children != null ? children : (quick ? 2 : 3), quick);
        }

        /** Next to the demo's jar or classes (the module's target/ folder), else the JVM temp dir. */
        private static Path defaultOutputDirectory() {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            try {
                Path code = Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (code.getParent() != null && Files.isWritable(code.getParent())) {
                    base = code.getParent();
                }
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // no code source (unusual class loader): keep the temp dir
            }
            return base.resolve("seed-everything-demo");
        }

        private static String value(String[] arguments, int index, String option) {
            if (index >= arguments.length) {
                throw new IllegalArgumentException(option + " needs a value, e.g. " + option
                        + (option.equals("--out") ? " demo-output" : " 3"));
            }
            return arguments[index];
        }
    }
}
