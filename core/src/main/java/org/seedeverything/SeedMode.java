package org.seedeverything;

/**
 * How far {@link Seeds} goes beyond seeding.
 *
 * @since 0.1
 */
public enum SeedMode {
    /** Seed every reachable generator; change no other setting. */
    SEED_ONLY,
    /** Seed, and also set deterministic-execution flags; warn about every source that stays nondeterministic. */
    DETERMINISTIC,
    /** Like {@link #DETERMINISTIC}, but throw {@link SeedingException} instead of warning. */
    STRICT
}
