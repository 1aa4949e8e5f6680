package org.seedeverything.verify;

import java.util.List;
import java.util.Objects;
import org.seedeverything.verify.internal.ReportFormats;

/**
 * The outcome of verifying a program across fresh JVMs, or of checking it against a lock file.
 *
 * <p>{@link #toString()} is the report for people; {@link #toJson()} and {@link #toJunitXml()} are the forms CI
 * systems show. {@link #exitCode()} is the command-line contract: 0 deterministic, 1 nondeterminism found, 2 the
 * program failed or the runs left nothing to compare.
 *
 * @since 0.1
 */
public final class Verification {
    /** What the verifier concluded. */
    public enum Verdict {
        /** Every run agreed with the reference on everything compared. */
        DETERMINISTIC,
        /** Some run differed from the reference: see {@link #differences()}. */
        NONDETERMINISTIC,
        /**
         * A run crashed, exited with a non-zero status or was killed at the timeout, or no run left anything to
         * compare: see {@link #problems()}.
         */
        FAILED
    }

    /** How the problem starts when the runs succeeded but left nothing to compare: {@value}. */
    public static final String NOTHING_TO_COMPARE = "nothing to compare";

    private final String action;
    private final List<String> program;
    private final Long seed;
    private final List<JvmRun> runs;
    private final List<Difference> differences;
    private final List<EnvironmentChange> environmentChanges;
    private final List<String> problems;

    /**
     * Assembles a result.
     *
     * @param action             {@code "verify"}, {@code "lock"} or {@code "check"}
     * @param program            the java arguments that were run
     * @param seed               the master seed the runs were seeded with, or {@code null}
     * @param runs               every run, in order of their numbers
     * @param differences        every difference found
     * @param environmentChanges environment facts that differ from a lock file (empty for verify)
     * @param problems           failures in words (crashed or hung runs, unreadable manifests)
     */
    Verification(String action, List<String> program, Long seed, List<JvmRun> runs, List<Difference> differences,
                 List<EnvironmentChange> environmentChanges, List<String> problems) {
        this.action = Objects.requireNonNull(action, "action");
        this.program = List.copyOf(program);
        this.seed = seed;
        this.runs = List.copyOf(runs);
        this.differences = List.copyOf(differences);
        this.environmentChanges = List.copyOf(environmentChanges);
        this.problems = List.copyOf(problems);
    }

    public Verdict verdict() {
        if (!problems.isEmpty()) {
            return Verdict.FAILED;
        }
        return differences.isEmpty() ? Verdict.DETERMINISTIC : Verdict.NONDETERMINISTIC;
    }

    /** Whether every run agreed and none failed. */
    public boolean deterministic() {
        return verdict() == Verdict.DETERMINISTIC;
    }

    /** 0 deterministic, 1 nondeterminism found, 2 a run failed. */
    public int exitCode() {
        return switch (verdict()) {
            case DETERMINISTIC -> 0;
            case NONDETERMINISTIC -> 1;
            case FAILED -> 2;
        };
    }

    /** {@code "verify"}, {@code "lock"} or {@code "check"}. */
    public String action() {
        return action;
    }

    /** The java arguments as the caller gave them; each run's {@link JvmRun#command()} is what really ran. */
    public List<String> program() {
        return program;
    }

    /** The master seed the runs were seeded with ({@code --seed}), if any. */
    public java.util.OptionalLong seed() {
        return seed == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(seed);
    }

    public List<JvmRun> runs() {
        return runs;
    }

    /** Every difference, grouped by run in run order. */
    public List<Difference> differences() {
        return differences;
    }

    /** The first difference found, if any. */
    public java.util.Optional<Difference> firstDifference() {
        return differences.stream().findFirst();
    }

    /** Environment facts that differ from the lock file; empty unless this is a {@code check}. */
    public List<EnvironmentChange> environmentChanges() {
        return environmentChanges;
    }

    /** Why the verification failed, one message per failure, with the tail of the stderr of a failed run. */
    public List<String> problems() {
        return problems;
    }

    /** The report as JSON (verdict, runs, differences, environment changes, problems). */
    public String toJson() {
        return ReportFormats.json(this);
    }

    /** The report as a JUnit XML test suite: one test case per run, failing where the run differs or failed. */
    public String toJunitXml() {
        return ReportFormats.junitXml(this);
    }

    /** The report for people. */
    @Override
    public String toString() {
        return ReportFormats.text(this);
    }
}
