package org.seedeverything;

import java.util.Objects;

/**
 * One line of a {@link SeedReport}: what happened to one target.
 *
 * @param name   the target's name, e.g. {@code "jdk.math-random"}
 * @param status what happened
 * @param seed   the seed derived for the target (derived whether or not it could be applied)
 * @param detail what was done, or why not
 * @param fix    what to do when the status is not {@link TargetStatus#SEEDED}; empty otherwise
 * @since 0.1
 */
public record TargetResult(String name, TargetStatus status, long seed, String detail, String fix) {
    public TargetResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
    }

    /** Whether the target follows the master seed now. */
    public boolean seeded() {
        return status == TargetStatus.SEEDED;
    }
}
