package org.seedeverything.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that readers see either the old content or the new, never a torn file.
 *
 * <p>The new content goes to a temporary sibling ({@code .<name>.<pid>.<random>.tmp}), created with the mode the
 * umask gives new files (not a private 0600), and is forced to disk before it takes the target's name. Temporary
 * siblings left by a writer that was killed (its process id no longer runs) are deleted on the next write.
 */
public final class AtomicFiles {
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final AtomicLong WRITES = new AtomicLong();

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 over {@code target}, replacing it if it exists: a symbolic link is followed
     * (the file it names is replaced, the link stays) and the existing file mode is kept.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void writeString(Path target, String text) {
        replace(target, text);
    }

    /** As {@link #writeString(Path, String)}. */
    public static void replace(Path target, String text) {
        Path absolute = resolveLinks(target.toAbsolutePath());
        Path temporary = null;
        try {
            temporary = writeTemporary(absolute, text);
            copyMode(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(absolute.getParent());
        } catch (IOException e) {
            throw failure(absolute, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, which must not exist: the file appears complete, and if
     * another writer created it meanwhile this one fails instead of overwriting it (a hard link, which the file
     * system refuses to make over an existing name; where links are not supported, an exclusive create).
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void createNew(Path target, String text) throws FileAlreadyExistsException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temporary = null;
        try {
            temporary = writeTemporary(absolute, text);
            try {
                Files.createLink(absolute, temporary);
            } catch (FileAlreadyExistsException exists) {
                throw exists;
            } catch (UnsupportedOperationException | SecurityException noLinks) {
                writeExclusively(absolute, text);
            } catch (IOException linksRefused) {
                if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(absolute.toString());
                }
                writeExclusively(absolute, text); // e.g. a file system without hard links
            }
            syncDirectory(absolute.getParent());
        } catch (FileAlreadyExistsException exists) {
            throw exists;
        } catch (IOException e) {
            throw failure(absolute, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void writeExclusively(Path target, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    /** Writes a forced-to-disk temporary sibling of {@code target} and returns it. */
    private static Path writeTemporary(Path target, String text) throws IOException {
        Path directory = target.getParent();
        Files.createDirectories(directory);
        deleteAbandoned(directory, target.getFileName().toString());
        // Unique without randomness (which the user may have seeded): this process and a counter.
        Path temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + WRITES.incrementAndGet() + TEMPORARY_SUFFIX);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        return temporary;
    }

    /** Deletes temporary siblings of {@code name} whose writer's process is gone. */
    private static void deleteAbandoned(Path directory, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory,
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(TEMPORARY_SUFFIX))) {
            for (Path sibling : siblings) {
                String middle = sibling.getFileName().toString().substring(prefix.length());
                int dot = middle.indexOf('.');
                try {
                    long pid = Long.parseLong(dot < 0 ? middle : middle.substring(0, dot));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        deleteQuietly(sibling);
                    }
                } catch (NumberFormatException notOurs) {
                    // not a name this class makes: leave it
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // cleaning up is a courtesy; the write itself does not depend on it
        }
    }

    /** The file a chain of symbolic links ends at (the path itself when it is not a link or does not exist). */
    private static Path resolveLinks(Path path) {
        Path current = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw failure(path, e);
            }
        }
        return current;
    }

    private static void copyMode(Path from, Path to) throws IOException {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, mode);
        } catch (NoSuchFileException | UnsupportedOperationException newOrNotPosix) {
            // a new file keeps the mode the umask gave it
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some systems cannot open a directory; the rename is still atomic
        }
    }

    private static UncheckedIOException failure(Path file, IOException e) {
        return new UncheckedIOException("Could not write " + file + ": " + e
                + "; check that the directory exists and is writable", e);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the rename or link succeeded, or the temporary file is already gone
        }
    }
}
