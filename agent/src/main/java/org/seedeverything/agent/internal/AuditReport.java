package org.seedeverything.agent.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.internal.Json;

/** The exit report of the watching modes: text for people on stderr, JSON for tools in {@code report=FILE}. */
final class AuditReport {
    /** Sources of run-to-run differences the audit cannot see, named when it saw no unseeded use. */
    static final List<String> UNWATCHED = List.of(
            "iteration order of Set.of/Map.of (salted per JVM) and of HashMap/HashSet keyed by identity hash codes",
            "races: threads whose interleaving decides results, parallel streams reducing floating point in another"
                    + " order",
            "SecureRandom, UUID.randomUUID() and temporary file names (shown as secure sources when used)",
            "libraries' own generators seeded from the clock, System.nanoTime() or their own entropy (not through"
                    + " the JDK sources the audit watches)",
            "clocks, the environment, files and the network read by the program");

    private AuditReport() {
    }

    /** Prints the text report and writes the JSON report when asked to. */
    static void write(List<CallSiteUses> uses, AgentOptions options, PrintStream messages) {
        messages.print(text(uses));
        if (options.report() != null) {
            try {
                AtomicFiles.writeString(options.report(), json(uses, options));
            } catch (RuntimeException e) {
                messages.println("[seed-everything agent] could not write the report: " + e.getMessage());
            }
        }
    }

    /** {@code 3 x new java.util.Random() at com.example.Trainer.shuffle(Trainer.java:42)}, one line per site. */
    static String text(List<CallSiteUses> uses) {
        StringBuilder out = new StringBuilder();
        List<CallSiteUses> ordinary = uses.stream().filter(use -> !use.source().secure()).toList();
        List<CallSiteUses> secure = uses.stream().filter(use -> use.source().secure()).toList();
        long total = ordinary.stream().mapToLong(CallSiteUses::count).sum();
        if (ordinary.isEmpty()) {
            out.append("[seed-everything agent] unseeded randomness: none seen\n");
            out.append("  if runs still differ, look at what the audit cannot watch:\n");
            for (String source : UNWATCHED) {
                out.append("  - ").append(source).append('\n');
            }
        } else {
            out.append("[seed-everything agent] unseeded randomness: ").append(total).append(" unseeded use")
                    .append(total == 1 ? "" : "s").append(" at ").append(ordinary.size()).append(" call site")
                    .append(ordinary.size() == 1 ? "" : "s").append('\n');
            for (CallSiteUses use : ordinary) {
                out.append("  ").append(use.line()).append('\n');
            }
            out.append("  fix: seed each one from a named stream (Seeds.random(\"name\"), Seeds.stream(\"name\"),"
                    + " new Random(Seeds.derive(\"name\"))), or run with the agent's seed mode\n");
        }
        if (!secure.isEmpty()) {
            out.append("  secure sources (random by design, not seeded):\n");
            for (CallSiteUses use : secure) {
                out.append("  ").append(use.line()).append('\n');
            }
        }
        return out.toString();
    }

    static String json(List<CallSiteUses> uses, AgentOptions options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", options.mode().name().toLowerCase(Locale.ROOT));
        List<Object> entries = new ArrayList<>();
        for (CallSiteUses use : uses) {
            entries.add(use.toMap());
        }
        root.put("uses", entries);
        root.put("unwatched", UNWATCHED);
        return Json.write(root);
    }
}
