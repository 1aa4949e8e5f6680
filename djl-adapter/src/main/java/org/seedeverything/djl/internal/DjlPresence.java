package org.seedeverything.djl.internal;

/**
 * Whether DJL's API is on the class path, decided without initialising {@code ai.djl.engine.Engine}: its static
 * initialiser discovers the engines, and loading an engine unpacks and loads its natives.
 */
public final class DjlPresence {
    private static final String ENGINE_CLASS = "ai.djl.engine.Engine";

    private static volatile Boolean present;

    private DjlPresence() {
    }

    /** True when {@code ai.djl.engine.Engine} can be found; the class is loaded but not initialised. */
    public static boolean isPresent() {
        Boolean known = present;
        if (known == null) {
            known = findWithoutInitialising();
            present = known;
        }
        return known;
    }

    private static boolean findWithoutInitialising() {
        try {
            Class.forName(ENGINE_CLASS, false, DjlPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
