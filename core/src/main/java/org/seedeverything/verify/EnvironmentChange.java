package org.seedeverything.verify;

/**
 * An environment fact (JDK, OS, cores, a library version, ...) that differs between a lock file and the current run.
 *
 * @param key      the fact's name, e.g. {@code "java.version"} or {@code "library.commons-rng-core"}
 * @param locked   its value in the lock file, or {@code null} when the lock does not have it
 * @param current  its value now, or {@code null} when it is gone
 * @since 0.1
 */
public record EnvironmentChange(String key, String locked, String current) {
    @Override
    public String toString() {
        return key + ": " + (locked == null ? "(absent)" : locked) + " -> " + (current == null ? "(absent)" : current);
    }
}
