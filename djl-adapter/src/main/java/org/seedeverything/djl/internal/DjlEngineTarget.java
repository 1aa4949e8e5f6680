package org.seedeverything.djl.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.seedeverything.SeedMode;
import org.seedeverything.spi.DeterminismNote;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * The {@value #NAME} target: every DJL engine on the class path ({@code Engine.setRandomSeed}, which for PyTorch
 * also calls libtorch's {@code manual_seed}) and DJL's own {@code RandomUtils.RANDOM} (dataset shuffling and
 * splitting, augmentations). Registered in {@code META-INF/services}.
 *
 * <p>DJL takes an {@code int}; the engines get the top 31 bits of the target's derived seed, a non-negative value
 * that {@code torch.manual_seed} in Python accepts as it is. Seeding loads every engine on the class path (for
 * PyTorch that unpacks and loads libtorch): exclude {@code "djl.*"} to avoid it. This class names no DJL type, so
 * it loads without DJL.
 */
public final class DjlEngineTarget implements SeedTarget {
    /** The target's name and derivation name: {@value}. */
    public static final String NAME = "djl.engines";

    private static volatile Integer lastEngineSeed;
    private static final List<String> seededEngines = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Used by {@link java.util.ServiceLoader}. */
    public DjlEngineTarget() {
    }

    /** The int seed the engines got from the last {@code Seeds.everything} in this JVM, if DJL was seeded. */
    public static OptionalInt lastEngineSeed() {
        Integer seed = lastEngineSeed;
        return seed == null ? OptionalInt.empty() : OptionalInt.of(seed);
    }

    /** The int that DJL's engines get for a target seed: its top 31 bits, never negative. */
    public static int engineSeed(long targetSeed) {
        return (int) (targetSeed >>> 33);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SeedOutcome seed(long seed) {
        if (!DjlPresence.isPresent()) {
            return SeedOutcome.notPresent("DJL (ai.djl:api) is not on the class path");
        }
        int engineSeed = engineSeed(seed);
        EngineSeeding.Outcome outcome;
        try {
            outcome = EngineSeeding.seedAll(engineSeed);
        } catch (RuntimeException | LinkageError unusable) {
            return SeedOutcome.failed("DJL could not be initialised: " + unusable,
                    "check that ai.djl:api and its engines are of one DJL version");
        }
        lastEngineSeed = engineSeed;
        seededEngines.clear();
        outcome.seeded().forEach(engine -> seededEngines.add(engine.substring(0, engine.indexOf(' '))));
        List<String> parts = new ArrayList<>();
        parts.add(outcome.seeded().isEmpty() ? "no engine took a seed"
                : "setRandomSeed(" + engineSeed + ") on " + String.join(", ", outcome.seeded()));
        parts.add("RandomUtils.RANDOM seeded");
        parts.addAll(outcome.refused());
        parts.addAll(outcome.failed());
        String detail = String.join("; ", parts);
        if (!outcome.failed().isEmpty()) {
            return SeedOutcome.failed(detail, "add the engine's natives for this platform (e.g. "
                    + "ai.djl.pytorch:pytorch-native-cpu with its classifier, and -Dai.djl.offline=true to never "
                    + "download), or exclude \"" + NAME + "\"");
        }
        return SeedOutcome.seeded(detail);
    }

    /**
     * Puts back {@code RandomUtils.RANDOM} and the seed each engine reports; libtorch's generator cannot be read
     * through DJL, so its position is not restored (documented in the DJL guide).
     */
    @Override
    public Runnable capture() {
        if (!DjlPresence.isPresent()) {
            return null;
        }
        return EngineState.capture(List.copyOf(seededEngines));
    }

    @Override
    public List<DeterminismNote> enforceDeterminism() {
        if (!DjlPresence.isPresent()) {
            return List.of();
        }
        return PyTorchSettings.enforce(seededEngines.contains(PyTorchSettings.ENGINE_NAME));
    }

    @Override
    public List<String> childJvmOptions(SeedMode mode) {
        List<String> options = new ArrayList<>();
        String offline = System.getProperty("ai.djl.offline");
        if (offline != null) {
            options.add("-Dai.djl.offline=" + offline);
        }
        if (mode != SeedMode.SEED_ONLY) {
            options.addAll(PyTorchSettings.childJvmOptions());
        }
        return options;
    }

    @Override
    public Map<String, String> environmentFacts() {
        if (!DjlPresence.isPresent()) {
            return Map.of();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            facts.put("djl.version", ai.djl.engine.Engine.getDjlVersion());
            facts.put("djl.engines", String.join(",", EngineSeeding.availableEngines()));
            facts.put("djl.engines.seeded", String.join(",", seededEngines));
            if (seededEngines.contains(PyTorchSettings.ENGINE_NAME)) {
                facts.putAll(PyTorchSettings.facts());
            }
        } catch (RuntimeException | LinkageError unusable) {
            facts.put("djl.error", String.valueOf(unusable));
        }
        return facts;
    }
}
