package org.seedeverything.spark;

import java.util.List;

/**
 * What {@link SparkDeterminism} found: each variation's fingerprint and, where the result changed, the rows that
 * differ. {@link #toString()} is the report for people; {@link #assertDeterministic()} throws it.
 *
 * @since 0.1
 */
public final class SparkDeterminismReport {
    private final long master;
    private final List<Variation> variations;

    SparkDeterminismReport(long master, List<Variation> variations) {
        this.master = master;
        this.variations = List.copyOf(variations);
    }

    /** Every run, the baseline first. */
    public List<Variation> variations() {
        return variations;
    }

    /** The variation named {@code name}, if it ran or was skipped. */
    public java.util.Optional<Variation> variation(String name) {
        return variations.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Whether no required variation (repeat, parallelism, retry) changed the result. */
    public boolean deterministic() {
        return variations.stream().noneMatch(v -> v.required() && v.changed());
    }

    /**
     * Throws unless {@link #deterministic()}.
     *
     * @throws AssertionError with this report as its message
     */
    public void assertDeterministic() {
        if (!deterministic()) {
            throw new AssertionError(toString());
        }
    }

    @Override
    public String toString() {
        long changed = variations.stream().filter(v -> v.required() && v.changed()).count();
        long required = variations.stream().filter(v -> v.required() && v.run() > 1 && v.skipped() == null).count();
        StringBuilder out = new StringBuilder("SparkDeterminism (master ").append(master).append("): ")
                .append(deterministic() ? "deterministic: " + required + " of " + required
                        + " variations gave the same rows"
                        : "NOT deterministic: " + changed + " of " + required + " variations changed the result")
                .append('\n');
        for (Variation variation : variations) {
            out.append("  run ").append(variation.run()).append(' ').append(variation.name());
            if (!variation.setting().isEmpty()) {
                out.append(" (").append(variation.setting()).append(')');
            }
            out.append(": ");
            if (variation.skipped() != null) {
                out.append("skipped: ").append(variation.skipped());
            } else if (variation.changed()) {
                out.append("CHANGED ").append(variation.fingerprint()).append(": ").append(variation.difference());
                if (!variation.required()) {
                    out.append(" (many jobs legitimately depend on their input partitioning: rand(seed), sample,"
                            + " monotonically_increasing_id, floating-point sums; see src/docs/spark.md)");
                }
            } else {
                out.append(variation.rows()).append(" rows ").append(variation.fingerprint())
                        .append(variation.run() == 1 ? "" : " (same)");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
