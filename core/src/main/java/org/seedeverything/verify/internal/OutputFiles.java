package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files a run wrote under its output directory: listing, hashing and locating the first difference. */
public final class OutputFiles {
    private static final int BINARY_PROBE_BYTES = 8000;

    private OutputFiles() {
    }

    /** Every regular file under {@code directory}, by '/'-separated relative path, in sorted order. */
    public static Map<String, Path> list(Path directory) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(file ->
                    files.put(directory.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the output files under " + directory, e);
        }
        return files;
    }

    /** The SHA-256 of a file's bytes in hex, read as a stream. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Compares two files line by line as bytes ({@link StreamComparison}); a missing file reads as empty. */
    public static StreamComparison.Result compare(Path expected, Path actual) {
        try (InputStream left = open(expected); InputStream right = open(actual)) {
            return StreamComparison.compare(left, right);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compare " + expected + " with " + actual + ": "
                    + e.getMessage(), e);
        }
    }

    /** Opens a file to read, or an empty stream when it does not exist. */
    static InputStream open(Path file) throws IOException {
        return Files.exists(file) ? Files.newInputStream(file) : InputStream.nullInputStream();
    }

    /** Whether a file looks binary: a NUL byte in its first 8 KiB (the rule git uses). */
    public static boolean binary(Path file) {
        try (InputStream in = open(file)) {
            byte[] head = in.readNBytes(BINARY_PROBE_BYTES);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first {@code maxBytes} of a file decoded for display, or an empty string when it does not exist. */
    public static String head(Path file, int maxBytes) {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(maxBytes);
            return DisplayText.decode(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The size of a file, or 0 when it does not exist. */
    public static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a directory tree; failures are ignored (it is a temporary directory). */
    public static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
