package org.seedeverything.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One run of a {@link DeterminismCheck}: its number, and where it executes.
 *
 * @param run           1-based run number (1 in a child JVM)
 * @param runs          how many runs the check has
 * @param where         in this JVM, in a fresh one started from here, or inside such a fresh one
 * @param forkTimeout   how long a fresh JVM may take (forked runs only)
 * @param childManifest where a run inside a fresh JVM writes its manifest (child runs only)
 */
record DeterminismRun(int run, int runs, Where where, Duration forkTimeout, Path childManifest)
        implements TestTemplateInvocationContext {

    /** Where a run's body executes. */
    enum Where {
        IN_PROCESS, FORKED, IN_CHILD
    }

    static DeterminismRun inProcess(int run, int runs) {
        return new DeterminismRun(run, runs, Where.IN_PROCESS, null, null);
    }

    static DeterminismRun forked(int run, int runs, Duration timeout) {
        return new DeterminismRun(run, runs, Where.FORKED, timeout, null);
    }

    static DeterminismRun inChild(Path manifest) {
        return new DeterminismRun(1, 1, Where.IN_CHILD, null, manifest);
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return switch (where) {
            case IN_PROCESS -> "run " + run + " of " + runs;
            case FORKED -> "run " + run + " of " + runs + " in a fresh JVM";
            case IN_CHILD -> "run in a fresh JVM";
        };
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new RunRecording(this));
    }

    /** {@code run 2 of 3} or {@code run 2 of 3 (each run in a fresh JVM)}, for messages. */
    String describe() {
        return "run " + run + " of " + runs + (where == Where.FORKED ? " (each run in a fresh JVM)" : "");
    }
}
