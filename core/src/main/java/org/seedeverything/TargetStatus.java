package org.seedeverything;

/**
 * What happened to one seed target.
 *
 * @since 0.1
 */
public enum TargetStatus {
    /** The target now produces values determined by the master seed. */
    SEEDED,
    /** The target's library or class is not present in this JVM; nothing to seed. */
    NOT_PRESENT,
    /** The target exists but the JVM denied access; the report's fix hint names the flag that grants it. */
    NO_ACCESS,
    /** Seeding the target threw; the report's detail holds the cause. */
    FAILED,
    /** The target was excluded by the caller or needs an explicit opt-in that was not given. */
    SKIPPED
}
