package org.seedeverything.nd4j.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.spi.DeterminismNote;

/**
 * The deterministic-execution levers ND4J 1.0.0-M2.1 offers, applied and read back. ND4J has no deterministic mode;
 * what exists: platform helpers off ({@code allowHelpers(false)}), the thread counts, and environment variables that
 * libnd4j reads only once, when its natives load. Methods that touch {@code Nd4j} load ND4J.
 */
public final class Nd4jDeterminism {
    /** System property: the ND4J thread count to request in the deterministic modes: {@value}. */
    public static final String THREADS_PROPERTY = "seeds.nd4j.threads";
    /** Read by libnd4j at load time: the maximum number of threads. */
    public static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";
    /** Read by libnd4j at load time: the maximum number of threads. */
    public static final String SD_MAX_THREADS = "SD_MAX_THREADS";
    /** Read by libnd4j at load time: the number of threads one operation may use. */
    public static final String SD_MASTER_THREADS = "SD_MASTER_THREADS";
    /** Read by libnd4j at load time: if defined (whatever its value), platform helpers are forbidden. */
    public static final String SD_FORBID_HELPERS = "SD_FORBID_HELPERS";

    static final String HELPERS = "nd4j.helpers";
    static final String THREADS = "nd4j.threads";
    static final String ENVIRONMENT = "nd4j.environment";

    private Nd4jDeterminism() {
    }

    /**
     * Turns platform helpers off, requests the thread count of {@value #THREADS_PROPERTY} (if set), reads both back
     * and checks the load-time environment variables against the count in effect.
     */
    public static List<DeterminismNote> enforce() {
        Environment environment = Nd4j.getEnvironment();
        List<DeterminismNote> notes = new ArrayList<>();
        notes.add(helpersOff(environment));
        Integer requested = ChildSettings.requestedThreads();
        ThreadCounts target;
        if (requested == null) {
            target = new ThreadCounts(environment.maxThreads(), environment.maxMasterThreads());
            notes.add(DeterminismNote.applied(THREADS, "ND4J uses maxThreads() = " + target.maxThreads()
                    + ", maxMasterThreads() = " + target.masterThreads() + "; child JVMs get the same counts. Parallel float"
                    + " reductions can depend on the count: set -D" + THREADS_PROPERTY + "=N and start the JVM with "
                    + OMP_NUM_THREADS + "=N to make it equal on every machine."));
        } else {
            target = new ThreadCounts(requested, requested);
            notes.add(requestThreads(environment, requested));
        }
        ChildSettings.pin(target);
        notes.addAll(environmentConflicts(System.getenv(), target));
        return notes;
    }

    private static DeterminismNote helpersOff(Environment environment) {
        environment.allowHelpers(false);
        if (!environment.helpersAllowed()) {
            return DeterminismNote.applied(HELPERS, "platform helpers (oneDNN, cuDNN) are off: allowHelpers(false),"
                    + " read back helpersAllowed() = false.");
        }
        return DeterminismNote.notApplied(HELPERS, "allowHelpers(false) was called but helpersAllowed() is still"
                + " true.", "start the JVM with " + SD_FORBID_HELPERS + "=1");
    }

    private static DeterminismNote requestThreads(Environment environment, int requested) {
        environment.setMaxThreads(requested);
        environment.setMaxMasterThreads(requested);
        int maxThreads = environment.maxThreads();
        int masterThreads = environment.maxMasterThreads();
        String readBack = "read back maxThreads() = " + maxThreads + ", maxMasterThreads() = " + masterThreads;
        if (maxThreads == requested && masterThreads == requested) {
            return DeterminismNote.applied(THREADS, "ND4J uses " + requested + " thread(s) as requested by -D"
                    + THREADS_PROPERTY + " (" + readBack + ").");
        }
        return DeterminismNote.notApplied(THREADS, "-D" + THREADS_PROPERTY + "=" + requested + " was requested but "
                + readBack + ": libnd4j fixes its thread pool when it loads, and setMaxThreads has no effect"
                + " afterwards.", "start the JVM with " + OMP_NUM_THREADS + "=" + requested + " " + SD_MAX_THREADS
                + "=" + requested + " " + SD_MASTER_THREADS + "=" + requested
                + " (Seeds.configure(ProcessBuilder) sets them for child JVMs)");
    }

    /**
     * One note per load-time thread variable that is set to something other than the count in effect: such a
     * variable was either ignored or will make the next run differ.
     */
    static List<DeterminismNote> environmentConflicts(Map<String, String> environment, ThreadCounts target) {
        List<DeterminismNote> notes = new ArrayList<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(OMP_NUM_THREADS, target.maxThreads());
        expected.put(SD_MAX_THREADS, target.maxThreads());
        expected.put(SD_MASTER_THREADS, target.masterThreads());
        expected.forEach((variable, count) -> {
            String value = environment.get(variable);
            if (value != null && !value.trim().equals(Integer.toString(count))) {
                notes.add(DeterminismNote.notApplied(ENVIRONMENT, variable + "=" + value + " disagrees with the "
                        + count + " thread(s) requested for ND4J; libnd4j reads it only when it loads.",
                        "start the JVM with " + variable + "=" + count + ", or unset it"));
            }
        });
        return notes;
    }
}
