package org.seedeverything;

/**
 * Thrown in {@link SeedMode#STRICT} when a target could not be seeded or a source could not be made deterministic.
 * The message lists every problem with its fix; {@link #report()} holds the full report.
 *
 * @since 0.1
 */
public final class SeedingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SeedReport report;

    /** Creates the exception for a finished report. */
    public SeedingException(String message, SeedReport report) {
        super(message);
        this.report = report;
    }

    /** The report of the seeding attempt that failed. */
    public SeedReport report() {
        return report;
    }
}
