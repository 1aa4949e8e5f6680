package org.seedeverything.spi;

import java.util.Objects;
import org.seedeverything.TargetStatus;

/**
 * The result of seeding one target: a status, a human-readable detail and, when the target was not seeded, a fix.
 *
 * @since 0.1
 */
public final class SeedOutcome {
    private final TargetStatus status;
    private final String detail;
    private final String fix;

    private SeedOutcome(TargetStatus status, String detail, String fix) {
        this.status = Objects.requireNonNull(status, "status");
        this.detail = detail == null ? "" : detail;
        this.fix = fix == null ? "" : fix;
    }

    /** The target now follows the master seed. */
    public static SeedOutcome seeded(String detail) {
        return new SeedOutcome(TargetStatus.SEEDED, detail, "");
    }

    /** The target's library is absent: nothing to do. */
    public static SeedOutcome notPresent(String detail) {
        return new SeedOutcome(TargetStatus.NOT_PRESENT, detail, "");
    }

    /** The JVM denied access; {@code fix} names what grants it, e.g. an {@code --add-opens} flag. */
    public static SeedOutcome noAccess(String detail, String fix) {
        return new SeedOutcome(TargetStatus.NO_ACCESS, detail, fix);
    }

    /** Seeding failed for another reason. */
    public static SeedOutcome failed(String detail, String fix) {
        return new SeedOutcome(TargetStatus.FAILED, detail, fix);
    }

    /** The target was deliberately left alone. */
    public static SeedOutcome skipped(String detail, String fix) {
        return new SeedOutcome(TargetStatus.SKIPPED, detail, fix);
    }

    public TargetStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** What the user can do to get this target seeded; empty when nothing is needed. */
    public String fix() {
        return fix;
    }

    @Override
    public String toString() {
        return status + (detail.isEmpty() ? "" : ": " + detail) + (fix.isEmpty() ? "" : " (fix: " + fix + ")");
    }
}
