package org.seedeverything.junit;

/**
 * Attached to a failing seeded test's exception as a suppressed exception, so every report (Surefire, IDEs, CI)
 * shows the line that runs the test again with the same seed. It has no stack trace of its own.
 */
final class ReproduceHint extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReproduceHint(String message) {
        super(message, null, false, false);
    }
}
