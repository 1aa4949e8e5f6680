package org.seedeverything.agent.internal;

/** What the agent does: seed (the default) or watch for unseeded randomness in one of three ways. */
enum AgentMode {
    /** Seed every reachable generator from the master, including {@code new Random()}. */
    SEED,
    /** Change nothing; count every unseeded use per call site and report at exit. */
    AUDIT,
    /** Like {@link #AUDIT}, and print a warning at the first use of each call site. */
    WARN,
    /** Throw at every unseeded use, naming the call site and the fix. */
    STRICT;

    /** Whether this mode watches unseeded uses instead of seeding. */
    boolean watches() {
        return this != SEED;
    }
}
