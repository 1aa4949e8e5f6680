package org.seedeverything.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedeverything.Seeds;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.Difference;
import org.seedeverything.verify.EnvironmentChange;
import org.seedeverything.verify.JvmRun;
import org.seedeverything.verify.Verification;

/** The text, JSON and JUnit XML forms of a {@link Verification}. */
public final class ReportFormats {
    private static final int LISTED_DIFFERENCES = 50;
    private static final long LARGE_OUTPUT_BYTES = 64L << 20;

    private ReportFormats() {
    }

    /** The report for people. */
    public static String text(Verification verification) {
        StringBuilder out = new StringBuilder();
        out.append("seed-everything ").append(verification.action()).append(": ");
        List<JvmRun> runs = verification.runs();
        switch (verification.verdict()) {
            case DETERMINISTIC -> out.append("deterministic: ").append(agreement(verification));
            case NONDETERMINISTIC -> out.append("NONDETERMINISTIC: ").append(verification.differences().size())
                    .append(verification.differences().size() == 1 ? " difference" : " differences")
                    .append(" in ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs");
            case FAILED -> out.append(nothingCompared(verification) ? "FAILED: " + Verification.NOTHING_TO_COMPARE
                    : "FAILED: the program did not complete");
        }
        out.append('\n');
        out.append("  program: java ").append(String.join(" ", verification.program())).append('\n');
        if (!runs.isEmpty()) {
            out.append("  ran (run 1): ").append(String.join(" ", runs.get(0).command())).append('\n');
        }
        for (String problem : verification.problems()) {
            out.append("  ").append(problem.replace("\n", "\n    ")).append('\n');
        }
        List<Difference> differences = verification.differences();
        if (!differences.isEmpty()) {
            Difference first = differences.get(0);
            out.append("  first difference: ").append(first).append('\n');
            int listed = Math.min(differences.size(), LISTED_DIFFERENCES);
            if (differences.size() > 1) {
                out.append("  all differences:\n");
                for (Difference difference : differences.subList(0, listed)) {
                    out.append("  - ").append(difference).append('\n');
                }
            }
            if (differences.size() > listed) {
                out.append("  ... and ").append(differences.size() - listed).append(" more (see --json)\n");
            }
        }
        if (!verification.environmentChanges().isEmpty()) {
            out.append(differences.isEmpty()
                    ? "  the environment differs from the lock file (results still match):\n"
                    : "  the environment differs from the lock file; these changes may explain the drift:\n");
            for (EnvironmentChange change : verification.environmentChanges()) {
                out.append("    ").append(change).append('\n');
            }
        } else if (!differences.isEmpty() && verification.action().equals("check")) {
            out.append("  the environment matches the lock file, so the drift comes from the program itself\n");
        }
        if (!differences.isEmpty() && verification.seed().isPresent()) {
            out.append("  seeding from ").append(Seeds.format(verification.seed().getAsLong())).append(" did not make"
                    + " it reproducible: find the unseeded sources left with the agent's audit, e.g.\n    java"
                    + " -javaagent:seed-everything-agent.jar=mode=audit ")
                    .append(String.join(" ", verification.program())).append('\n');
        }
        for (JvmRun run : runs) {
            if (run.stdoutBytes() >= LARGE_OUTPUT_BYTES) {
                out.append("  ").append(run.describe()).append(" printed ").append(megabytes(run.stdoutBytes()))
                        .append(" on stdout; it was compared as a stream, and only its first ")
                        .append(megabytes(JvmRun.STDOUT_SHOWN_BYTES)).append(" is kept for display\n");
            }
        }
        for (JvmRun run : runs) {
            out.append("  ").append(run.describe()).append(": ")
                    .append(run.timedOut() ? "killed at the timeout" : "exit " + run.exitCode())
                    .append(", ").append(run.millis()).append(" ms\n");
        }
        return out.toString();
    }

    private static String agreement(Verification verification) {
        List<JvmRun> runs = verification.runs();
        if (runs.isEmpty()) {
            return "nothing ran";
        }
        JvmRun first = runs.get(0);
        String reference = verification.action().equals("check") ? "the lock file" : "each other";
        String count = runs.size() == 1 ? "1 run agrees with " : runs.size() + " runs agree with ";
        long lines = first.stdoutBytes() == 0 ? 0 : first.stdout().lines().count();
        if (first.stdoutBytes() > JvmRun.STDOUT_SHOWN_BYTES) {
            return count + reference + " on stdout (" + megabytes(first.stdoutBytes()) + ") and "
                    + manifestWords(first);
        }
        return count + reference + " on stdout (" + lines + (lines == 1 ? " line" : " lines") + ") and "
                + manifestWords(first);
    }

    private static String manifestWords(JvmRun first) {
        return first.manifest() == null ? "no manifest recorded"
                : "the manifest (" + first.manifest().size() + (first.manifest().size() == 1 ? " entry)" : " entries)");
    }

    private static boolean nothingCompared(Verification verification) {
        return verification.problems().stream().anyMatch(p -> p.startsWith(Verification.NOTHING_TO_COMPARE));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** The machine form. */
    public static String json(Verification verification) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "seed-everything");
        root.put("action", verification.action());
        root.put("verdict", verification.verdict().name());
        root.put("exitCode", verification.exitCode());
        root.put("program", verification.program());
        root.put("seed", verification.seed().isPresent() ? Seeds.format(verification.seed().getAsLong()) : null);
        List<Object> runs = new ArrayList<>();
        for (JvmRun run : verification.runs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", run.number());
            entry.put("java", run.java().toString());
            entry.put("cores", run.cores());
            entry.put("exitCode", run.exitCode());
            entry.put("timedOut", run.timedOut());
            entry.put("millis", run.millis());
            entry.put("stdoutBytes", run.stdoutBytes());
            entry.put("stderrTail", run.stderrTail());
            entry.put("command", run.command());
            runs.add(entry);
        }
        root.put("runs", runs);
        List<Object> differences = new ArrayList<>();
        for (Difference difference : verification.differences()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("run", difference.run());
            entry.put("reference", difference.reference());
            entry.put("source", difference.source().name());
            entry.put("subject", difference.subject());
            entry.put("index", difference.index());
            entry.put("expected", difference.expected());
            entry.put("actual", difference.actual());
            entry.put("detail", difference.detail());
            entry.put("message", difference.toString());
            differences.add(entry);
        }
        root.put("differences", differences);
        List<Object> changes = new ArrayList<>();
        for (EnvironmentChange change : verification.environmentChanges()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", change.key());
            entry.put("locked", change.locked());
            entry.put("current", change.current());
            changes.add(entry);
        }
        root.put("environmentChanges", changes);
        root.put("problems", verification.problems());
        return Json.write(root);
    }

    /** A JUnit XML test suite with one test case per run. */
    public static String junitXml(Verification verification) {
        List<JvmRun> runs = verification.runs();
        List<String> cases = new ArrayList<>();
        int failures = 0;
        int errors = 0;
        double seconds = 0;
        String reference = verification.action().equals("check") ? "the lock file" : "run 1";
        for (JvmRun run : runs) {
            seconds += run.millis() / 1000.0;
            StringBuilder testCase = new StringBuilder();
            String name = run.number() == 1 && !verification.action().equals("check")
                    ? run.describe() + " completes" : run.describe() + " matches " + reference;
            testCase.append("  <testcase classname=\"seed-everything.").append(verification.action())
                    .append("\" name=\"").append(escape(name)).append("\" time=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", run.millis() / 1000.0)).append("\"");
            List<Difference> ofRun = verification.differences().stream().filter(d -> d.run() == run.number())
                    .toList();
            if (!run.succeeded()) {
                errors++;
                testCase.append(">\n    <error message=\"").append(escape(run.failure())).append("\">")
                        .append(escape(run.stderrTail())).append("</error>\n  </testcase>");
            } else if (!ofRun.isEmpty()) {
                failures++;
                StringBuilder body = new StringBuilder();
                ofRun.forEach(d -> body.append(d).append('\n'));
                verification.environmentChanges().forEach(c -> body.append("environment: ").append(c).append('\n'));
                testCase.append(">\n    <failure message=\"").append(escape(ofRun.get(0).toString()))
                        .append("\" type=\"nondeterminism\">").append(escape(body.toString()))
                        .append("</failure>\n  </testcase>");
            } else {
                testCase.append("/>");
            }
            cases.add(testCase.toString());
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"seed-everything.").append(verification.action()).append("\" tests=\"")
                .append(runs.size()).append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"0\" time=\"")
                .append(String.format(java.util.Locale.ROOT, "%.3f", seconds)).append("\">\n");
        cases.forEach(c -> out.append(c).append('\n'));
        out.append("  <system-out>").append(escape(text(verification))).append("</system-out>\n");
        out.append("</testsuite>\n");
        return out.toString();
    }

    /** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
