package org.seedeverything.djl.internal;

import org.seedeverything.spi.TargetSupport;

/**
 * Whether DJL's API is on the class path, decided without initialising {@code ai.djl.engine.Engine}: its static
 * initialiser discovers the engines, and loading an engine unpacks and loads its natives.
 */
final class DjlPresence {
    private static volatile Boolean present;

    private DjlPresence() {
    }

    static boolean isPresent() {
        Boolean known = present;
        if (known == null) {
            known = TargetSupport.isPresent("ai.djl.engine.Engine", DjlPresence.class.getClassLoader());
            present = known;
        }
        return known;
    }
}
