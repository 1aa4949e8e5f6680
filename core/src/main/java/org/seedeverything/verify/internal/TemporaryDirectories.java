package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary directories for captured output, deleted when the caller is done and, should this JVM be stopped
 * first (SIGINT, SIGTERM), at shutdown after every child process is gone (by {@link ChildProcesses}' hook).
 */
public final class TemporaryDirectories {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TemporaryDirectories() {
    }

    /** Creates a directory under the JVM temp dir, deleted at shutdown unless {@link #delete(Path)}d before. */
    public static Path create(String prefix) {
        try {
            ensureReaperInstalled();
            Path directory = Files.createTempDirectory(prefix);
            LIVE.add(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage()
                    + "; check that it exists, is writable and has space, or set -Djava.io.tmpdir", e);
        }
    }

    /** Deletes a directory made by {@link #create(String)} with everything in it. */
    public static void delete(Path directory) {
        OutputFiles.deleteTree(directory);
        LIVE.remove(directory);
    }

    static void deleteAll() {
        LIVE.forEach(OutputFiles::deleteTree);
        LIVE.clear();
    }

    private static void ensureReaperInstalled() {
        try {
            Class.forName(ChildProcesses.class.getName(), true, TemporaryDirectories.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
