package org.seedeverything.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.seedeverything.fingerprint.ElementDifference;
import org.seedeverything.fingerprint.EntryDifference;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.fingerprint.ManifestDiff;
import org.seedeverything.verify.internal.FirstDifference;

/**
 * The outcome of {@link Determinism#check}: every run's manifest, each later run compared with the first, the first
 * difference (run, entry, element, both values), and a readable report from {@link #toString()}.
 *
 * @since 0.1
 */
public final class DeterminismResult {
    private final long master;
    private final List<Manifest> manifests;
    private final List<ManifestDiff> diffs;

    DeterminismResult(long master, List<Manifest> manifests) {
        this.master = master;
        this.manifests = List.copyOf(manifests);
        List<ManifestDiff> compared = new ArrayList<>();
        for (int run = 1; run < manifests.size(); run++) {
            compared.add(manifests.get(0).diff(manifests.get(run)));
        }
        this.diffs = List.copyOf(compared);
    }

    /** Whether every run recorded the same entries with the same fingerprints in the same order. */
    public boolean isDeterministic() {
        return diffs.stream().allMatch(ManifestDiff::isIdentical);
    }

    /** Number of runs. */
    public int runs() {
        return manifests.size();
    }

    /** The master seed everything was seeded from before each run. */
    public long master() {
        return master;
    }

    /** The manifest of run {@code run} (1-based). */
    public Manifest manifest(int run) {
        return manifests.get(checkRun(run, 1));
    }

    /** How run {@code run} (2..runs) differs from run 1. */
    public ManifestDiff diff(int run) {
        return diffs.get(checkRun(run, 2) - 1);
    }

    private int checkRun(int run, int lowest) {
        if (run < lowest || run > manifests.size()) {
            throw new IllegalArgumentException("Run " + run + " does not exist; runs are numbered " + lowest + ".."
                    + manifests.size());
        }
        return run - 1;
    }

    /** The first run (2..runs) that differs from run 1. */
    public OptionalInt firstDifferingRun() {
        for (int i = 0; i < diffs.size(); i++) {
            if (!diffs.get(i).isIdentical()) {
                return OptionalInt.of(i + 2);
            }
        }
        return OptionalInt.empty();
    }

    /** The first differing entry of the first differing run. */
    public Optional<EntryDifference> firstDifference() {
        return firstDifferingRun().stream().boxed().findFirst().flatMap(run -> diff(run).firstDifference());
    }

    /** The first differing element (entry, index, both values) of the first differing run, when located. */
    public Optional<ElementDifference> firstElementDifference() {
        return firstDifference().flatMap(EntryDifference::firstElement);
    }

    /** Names of entries that differ, are missing or are extra in any run, in first-seen order. */
    public List<String> differingEntries() {
        Set<String> names = new LinkedHashSet<>();
        for (ManifestDiff diff : diffs) {
            diff.differences().forEach(d -> names.add(d.name()));
            diff.missing().forEach(e -> names.add(e.name()));
            diff.extra().forEach(e -> names.add(e.name()));
        }
        return List.copyOf(names);
    }

    /**
     * Does nothing when the runs agree; otherwise throws an {@link AssertionError} carrying the report.
     *
     * @return this result
     */
    public DeterminismResult assertDeterministic() {
        if (!isDeterministic()) {
            throw new AssertionError(toString());
        }
        return this;
    }

    /** The report: verdict, first difference with both values, then each differing run's differences. */
    @Override
    public String toString() {
        int entries = manifests.get(0).size();
        if (isDeterministic()) {
            return "Deterministic: " + runs() + " runs with master " + master + " recorded the same " + entries
                    + " entries";
        }
        List<String> differing = differingEntries();
        StringBuilder out = new StringBuilder("NOT deterministic: ").append(runs()).append(" runs with master ")
                .append(master).append("; ").append(differing.size()).append(" of ")
                .append(Math.max(entries, differing.size())).append(" entries differ: ").append(differing);
        int run = firstDifferingRun().orElseThrow();
        out.append("\nFirst difference: run ").append(run).append(" vs run 1: ")
                .append(FirstDifference.sentence(diff(run), "run 1", "run " + run));
        for (int i = 0; i < diffs.size(); i++) {
            if (!diffs.get(i).isIdentical()) {
                out.append("\nRun ").append(i + 2).append(" vs run 1:\n  ")
                        .append(diffs.get(i).toString().replace("\n", "\n  "));
            }
        }
        out.append("\nRuns that agree with run 1: ");
        List<Integer> agreeing = new ArrayList<>();
        for (int i = 0; i < diffs.size(); i++) {
            if (diffs.get(i).isIdentical()) {
                agreeing.add(i + 2);
            }
        }
        out.append(agreeing.isEmpty() ? "none" : agreeing.toString());
        return out.toString();
    }
}
