package org.seedeverything.spi;

import java.util.List;
import java.util.Map;
import org.seedeverything.SeedMode;

/**
 * Something that {@code Seeds.everything} can seed: a JDK generator, a library's global RNG, a user's component.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class name in
 * {@code META-INF/services/org.seedeverything.spi.SeedTarget}. Each target gets its own seed, derived from the
 * master and {@link #name()}, so adding a target never changes the seed of another.
 *
 * <p>Only {@link #name()} and {@link #seed(long)} are required. A target must never throw for missing access or a
 * missing library: it returns {@link SeedOutcome#noAccess} or {@link SeedOutcome#notPresent} with a fix.
 *
 * @since 0.1
 */
public interface SeedTarget {

    /** A stable, dotted, lower-case name such as {@code "jdk.math-random"}; it is also the derivation name. */
    String name();

    /** Seeds the target with a seed derived for it. Called on the thread that calls {@code Seeds.everything}. */
    SeedOutcome seed(long seed);

    /**
     * Whether the target keeps state per thread (like {@code ThreadLocalRandom} or ND4J's RNG), so that
     * {@code Seeds.threadFactory} must seed each new thread with {@link #seedCurrentThread(long)}.
     */
    default boolean perThread() {
        return false;
    }

    /** Seeds the calling thread's state of a {@linkplain #perThread() per-thread} target. */
    default SeedOutcome seedCurrentThread(long seed) {
        return SeedOutcome.skipped("not a per-thread target", "");
    }

    /**
     * Captures the target's current state (for the calling thread, if per-thread) and returns an action that puts
     * it back; {@code null} if the target cannot capture its state.
     */
    default Runnable capture() {
        return null;
    }

    /** Sets deterministic-execution flags (modes DETERMINISTIC and STRICT) and says what took effect. */
    default List<DeterminismNote> enforceDeterminism() {
        return List.of();
    }

    /** JVM options this target needs on the current JDK to be seeded, e.g. {@code --add-opens} flags. */
    default List<String> requiredJvmOptions() {
        return List.of();
    }

    /** System properties or JVM options a child JVM should get to behave like this one in {@code mode}. */
    default List<String> childJvmOptions(SeedMode mode) {
        return List.of();
    }

    /**
     * Facts about the target's library for reports, manifests and lock files, e.g. {@code "nd4j.backend"}; keys
     * start with the target's library name. Called after seeding; must not load heavy native code itself.
     */
    default Map<String, String> environmentFacts() {
        return Map.of();
    }

    /** Environment variables a child JVM should get in {@code mode} (read only at start-up by native code). */
    default Map<String, String> childEnvironment(SeedMode mode) {
        return Map.of();
    }
}
