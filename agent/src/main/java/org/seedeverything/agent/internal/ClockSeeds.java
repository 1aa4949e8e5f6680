package org.seedeverything.agent.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the calls woven by {@link ClockSeedInstrumentation} return instead of {@code System.currentTimeMillis()}:
 * before the agent has a master (and in the watch modes) the clock itself; afterwards the next seed of the calling
 * thread's sequence for that call site, from (master, site, thread name, n-th thread of that name), never 0 (ND4J
 * turns a seed of 0 into the clock). Public because woven library classes call it; not an API.
 */
public final class ClockSeeds {
    /** The derivation name prefix; the site and the thread's name follow it. */
    public static final String STREAM_PREFIX = "agent/clock-seed/";
    /** Stands in for a seed of 0: the 64-bit golden ratio. */
    private static final long ZERO_REPLACEMENT = 0x9E3779B97F4A7C15L;

    private static final Map<String, ThreadRandomSeeds> SITES = new ConcurrentHashMap<>();
    private static volatile Long master;

    private ClockSeeds() {
    }

    /** From now on seeds come from {@code seed}; called once the agent has seeded everything. */
    static void activate(long seed) {
        SITES.clear();
        master = seed;
    }

    /** The replacement of one {@code System.currentTimeMillis()} taken as a seed at {@code site}. */
    public static long next(String site) {
        Long current = master;
        if (current == null) {
            return System.currentTimeMillis();
        }
        long seed = SITES.computeIfAbsent(site, key -> new ThreadRandomSeeds(current, STREAM_PREFIX + key + "/"))
                .getAsLong();
        return seed == 0 ? ZERO_REPLACEMENT : seed;
    }
}
