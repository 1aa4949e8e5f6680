package org.seedeverything.examples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.Verification;

/**
 * Proves the weights reproducible the way a user would: the public {@link JvmVerifier} runs the demo's child side
 * ({@code --print-fingerprints}, one line per parameter) in fresh JVMs seeded from the master, compares the runs
 * with each other, and the fingerprints of run 1 are then held against those computed in this JVM.
 */
final class FreshJvmCheck {
    /** The line prefix a child prints before each fingerprint. */
    static final String FINGERPRINT_PREFIX = "fingerprint ";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private FreshJvmCheck() {
    }

    /** Runs the child side in {@code children} fresh JVMs (at least 2) seeded from {@code master}. */
    static Verification run(int children, long master) {
        return JvmVerifier.builder("-cp", System.getProperty("java.class.path"), Demo.class.getName(),
                        Demo.PRINT_FINGERPRINTS)
                .runs(children).seed(master).timeout(TIMEOUT).build().verify();
    }

    /** The parameters whose fingerprint in run 1 differs from {@code expected} (this JVM's), in words. */
    static List<String> disagreements(Verification verification, Map<String, String> expected) {
        List<String> printed = verification.runs().get(0).stdout().lines().toList();
        List<String> disagreements = new ArrayList<>();
        expected.forEach((name, fingerprint) -> {
            if (!printed.contains(FINGERPRINT_PREFIX + name + " " + fingerprint)) {
                disagreements.add(name + ": here " + fingerprint + ", not so in the fresh JVMs");
            }
        });
        return disagreements;
    }
}
