package org.seedeverything.djl.internal;

import ai.djl.engine.Engine;
import ai.djl.util.RandomUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Seeds every DJL engine on the class path, then DJL's {@link RandomUtils#RANDOM}, with one int seed, the way
 * {@code Engine.getInstance().setRandomSeed(seed)} does for one engine. Only called once DJL is known to be present.
 *
 * <p>Engines are visited in name order. {@code Engine.setRandomSeed} also reseeds {@code RandomUtils.RANDOM}; it is
 * seeded once more at the end, so the result does not depend on which engines exist or refuse.
 */
final class EngineSeeding {
    /** What happened to each engine, in name order. */
    record Outcome(List<String> seeded, List<String> refused, List<String> failed) {
    }

    private EngineSeeding() {
    }

    static Outcome seedAll(int seed) {
        List<String> seeded = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String name : new TreeSet<>(Engine.getAllEngines())) {
            Engine engine;
            try {
                engine = Engine.getEngine(name);
            } catch (RuntimeException | LinkageError unusable) {
                failed.add(name + " could not be loaded (" + oneLine(unusable) + ")");
                continue;
            }
            try {
                engine.setRandomSeed(seed);
                seeded.add(name + " " + engine.getVersion());
            } catch (UnsupportedOperationException refusal) {
                refused.add(name + " refused a seed (" + oneLine(refusal) + ")");
            } catch (RuntimeException | LinkageError error) {
                failed.add(name + " failed to take a seed (" + oneLine(error) + ")");
            }
        }
        RandomUtils.RANDOM.setSeed(seed);
        return new Outcome(List.copyOf(seeded), List.copyOf(refused), List.copyOf(failed));
    }

    /** The names of the engines whose providers are on the class path; loads no engine. */
    static List<String> availableEngines() {
        return List.copyOf(new TreeSet<>(Engine.getAllEngines()));
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
