package org.seedeverything.verify.internal;

import java.util.Map;

/**
 * Exit statuses in words. A process killed by signal N reports status 128 + N (the JDK's convention on POSIX, as
 * in shells), so 134 is SIGABRT (how the JVM ends after a fatal error) and 139 is SIGSEGV.
 */
public final class ExitStatus {
    private static final Map<Integer, String> SIGNALS = Map.ofEntries(Map.entry(1, "SIGHUP"),
            Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"), Map.entry(5, "SIGTRAP"),
            Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"), Map.entry(9, "SIGKILL"),
            Map.entry(11, "SIGSEGV"), Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"));

    private ExitStatus() {
    }

    /** {@code "exited with status 3"}, or {@code "was killed by SIGSEGV (exit status 139)"}. */
    public static String describe(int status) {
        String signal = signal(status);
        return signal == null ? "exited with status " + status
                : "was killed by " + signal + " (exit status " + status + ")"
                + (status == 134 ? ", which is how the JVM ends after a fatal error" : "");
    }

    /** The signal name for a status above 128, or {@code null}. */
    static String signal(int status) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return windows || status <= 128 ? null : SIGNALS.get(status - 128);
    }
}
