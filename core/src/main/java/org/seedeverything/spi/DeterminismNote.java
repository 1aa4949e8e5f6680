package org.seedeverything.spi;

import java.util.Objects;

/**
 * One deterministic-execution setting and whether it took effect, as reported by a {@link SeedTarget} in the
 * modes {@code DETERMINISTIC} and {@code STRICT}.
 *
 * @param source  the target or subsystem, e.g. {@code "jdk.fork-join-pool"}
 * @param applied whether the setting is in effect now
 * @param message what was done or what stays nondeterministic, in one sentence
 * @param fix     what the user can do when {@code applied} is false; empty otherwise
 * @since 0.1
 */
public record DeterminismNote(String source, boolean applied, String message, String fix) {
    public DeterminismNote {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    /** A setting that took effect. */
    public static DeterminismNote applied(String source, String message) {
        return new DeterminismNote(source, true, message, "");
    }

    /** A setting that could not be applied, with the fix. */
    public static DeterminismNote notApplied(String source, String message, String fix) {
        return new DeterminismNote(source, false, message, fix);
    }
}
