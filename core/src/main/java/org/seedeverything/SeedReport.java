package org.seedeverything;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedeverything.internal.Json;
import org.seedeverything.spi.DeterminismNote;

/**
 * What {@link Seeds#everything(long)} did, target by target, and the environment it ran in.
 *
 * <p>{@link #toString()} is a table for people; {@link #toJson()} is the machine form for CI artifacts. A report
 * never hides a failure: every target that is not {@link TargetStatus#SEEDED} carries the fix that would seed it.
 *
 * @since 0.1
 */
public final class SeedReport {
    private final long master;
    private final String masterSource;
    private final SeedMode mode;
    private final List<TargetResult> targets;
    private final List<DeterminismNote> notes;
    private final Map<String, String> environment;
    private final List<String> uncontrolled;

    SeedReport(long master, String masterSource, SeedMode mode, List<TargetResult> targets,
               List<DeterminismNote> notes, List<String> uncontrolled, Map<String, String> environment) {
        this.master = master;
        this.masterSource = masterSource;
        this.mode = mode;
        this.targets = List.copyOf(targets);
        this.notes = List.copyOf(notes);
        this.environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.uncontrolled = List.copyOf(uncontrolled);
    }

    /**
     * Sources of nondeterminism that no seeding controls (unseeded {@code new Random()} without the agent,
     * {@code Set.of} order, clocks, races), so nobody assumes that seeding was enough.
     */
    public List<String> uncontrolledSources() {
        return uncontrolled;
    }

    /** The master seed that was applied. */
    public long master() {
        return master;
    }

    /** Where the master came from: {@code "argument"}, {@code "system property seeds.master"}, ... */
    public String masterSource() {
        return masterSource;
    }

    public SeedMode mode() {
        return mode;
    }

    /** Every target that was considered, in the order they were seeded. */
    public List<TargetResult> targets() {
        return targets;
    }

    /** The result for one target, by name. */
    public Optional<TargetResult> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Deterministic-execution settings and what took effect (empty in {@link SeedMode#SEED_ONLY}). */
    public List<DeterminismNote> determinismNotes() {
        return notes;
    }

    /** The JVM and machine facts: {@code java.version}, {@code java.vendor}, {@code os.name}, cores, ... */
    public Map<String, String> environment() {
        return environment;
    }

    /** Targets that exist but were not seeded (NO_ACCESS or FAILED). */
    public List<TargetResult> problems() {
        List<TargetResult> problems = new ArrayList<>();
        for (TargetResult target : targets) {
            if (target.status() == TargetStatus.NO_ACCESS || target.status() == TargetStatus.FAILED) {
                problems.add(target);
            }
        }
        return problems;
    }

    /** True when every present, non-skipped target was seeded and every deterministic setting took effect. */
    public boolean complete() {
        return problems().isEmpty() && notes.stream().allMatch(DeterminismNote::applied);
    }

    /** The reproduce hint that is logged: {@code Seed set to 2021; reproduce with -Dseeds.master=2021}. */
    public String reproduceHint() {
        String text = Seeds.format(master);
        return "Seed set to " + text + "; reproduce with -D" + Seeds.MASTER_PROPERTY + "=" + text;
    }

    /** The machine form: master, mode, targets, notes and environment as a JSON object. */
    public String toJson() {
        return Json.write(toMap());
    }

    /** The JSON form as ordered maps and lists. */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("master", Seeds.format(master));
        root.put("masterSource", masterSource);
        root.put("mode", mode.name());
        root.put("complete", complete());
        List<Object> targetList = new ArrayList<>();
        for (TargetResult target : targets) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", target.name());
            entry.put("status", target.status().name());
            entry.put("seed", Seeds.format(target.seed()));
            entry.put("detail", target.detail());
            entry.put("fix", target.fix());
            targetList.add(entry);
        }
        root.put("targets", targetList);
        List<Object> noteList = new ArrayList<>();
        for (DeterminismNote note : notes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", note.source());
            entry.put("applied", note.applied());
            entry.put("message", note.message());
            entry.put("fix", note.fix());
            noteList.add(entry);
        }
        root.put("determinism", noteList);
        root.put("uncontrolled", uncontrolled);
        root.put("environment", environment);
        return root;
    }

    /** A table for people: one line per target with its status and, when needed, the fix. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append("seed-everything report: master ").append(Seeds.format(master))
                .append(" (").append(masterSource).append("), mode ").append(mode).append('\n');
        int nameWidth = "target".length();
        for (TargetResult target : targets) {
            nameWidth = Math.max(nameWidth, target.name().length());
        }
        String row = "  %-" + nameWidth + "s  %-11s  %-20s  %s%n";
        out.append(String.format(java.util.Locale.ROOT, row, "target", "status", "seed", "detail"));
        for (TargetResult target : targets) {
            out.append(String.format(java.util.Locale.ROOT, row, target.name(), target.status(),
                    Seeds.format(target.seed()), target.detail()));
            if (!target.fix().isEmpty()) {
                out.append(String.format(java.util.Locale.ROOT, row, "", "", "", "fix: " + target.fix()));
            }
        }
        if (!notes.isEmpty()) {
            out.append("  determinism:\n");
            for (DeterminismNote note : notes) {
                out.append("    [").append(note.applied() ? "ok" : "WARN").append("] ").append(note.source())
                        .append(": ").append(note.message());
                if (!note.fix().isEmpty()) {
                    out.append(" Fix: ").append(note.fix());
                }
                out.append('\n');
            }
        }
        out.append("  not controlled by seeding:\n");
        for (String source : uncontrolled) {
            out.append("    - ").append(source).append('\n');
        }
        out.append("  environment:");
        environment.forEach((key, value) -> out.append(' ').append(key).append('=').append(value).append(';'));
        out.append('\n');
        out.append("  ").append(reproduceHint()).append('\n');
        return out.toString();
    }
}
