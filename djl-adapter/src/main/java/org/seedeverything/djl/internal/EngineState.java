package org.seedeverything.djl.internal;

import ai.djl.engine.Engine;
import ai.djl.util.RandomUtils;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.seedeverything.spi.TargetSupport;

/**
 * What {@code Seeds.isolate()} can put back for DJL: the state of {@code RandomUtils.RANDOM} and the seed each
 * loaded engine reports ({@code Engine.getSeed()}). The position of libtorch's generator is not reachable through
 * DJL 0.36 (no {@code get_rng_state}), so it is left where the scope's code moved it.
 */
final class EngineState {
    private EngineState() {
    }

    /** A restorer, or null when nothing could be captured (java.util not open and no engine loaded). */
    static Runnable capture(List<String> loadedEngines) {
        List<Runnable> restorers = new ArrayList<>();
        Runnable random = TargetSupport.restorer(RandomUtils.RANDOM);
        if (random != null) {
            restorers.add(random);
        }
        for (String name : loadedEngines) {
            Runnable seed = engineSeedRestorer(name);
            if (seed != null) {
                restorers.add(seed);
            }
        }
        if (restorers.isEmpty()) {
            return null;
        }
        return () -> restorers.forEach(Runnable::run);
    }

    private static Runnable engineSeedRestorer(String name) {
        try {
            Engine engine = Engine.getEngine(name);
            Integer seed = engine.getSeed();
            Field field = Engine.class.getDeclaredField("seed");
            field.setAccessible(true);
            return () -> {
                try {
                    field.set(engine, seed);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Could not restore the seed of DJL engine " + name, e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return null;
        }
    }
}
