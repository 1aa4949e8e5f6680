package org.seedeverything.verify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.seedeverything.fingerprint.ElementDifference;
import org.seedeverything.fingerprint.EntryDifference;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.fingerprint.ManifestDiff;
import org.seedeverything.fingerprint.ManifestEntry;
import org.seedeverything.verify.Difference;
import org.seedeverything.verify.Difference.Source;

/** Finds the differences of one run against a reference: another run, or a lock file's recorded results. */
public final class RunComparison {
    private RunComparison() {
    }

    /** Standard output of two runs, line by line as bytes. */
    public static List<Difference> stdout(Path expected, Path actual, int run, int reference) {
        return stdout(OutputFiles.compare(expected, actual), run, reference);
    }

    /**
     * Standard output against a lock file: line by line as bytes when the lock keeps the lines (they give the bytes
     * back exactly), else by SHA-256.
     */
    public static List<Difference> stdout(LockedStdout locked, Path actual, int run) {
        if (locked.lines() != null) {
            try (InputStream expected = new java.io.ByteArrayInputStream(locked.bytes());
                 InputStream other = OutputFiles.open(actual)) {
                return stdout(StreamComparison.compare(expected, other), run, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + actual + ": " + e.getMessage(), e);
            }
        }
        String hash = OutputFiles.sha256(actual);
        if (hash.equals(locked.sha256())) {
            return List.of();
        }
        return List.of(new Difference(Source.STDOUT, "stdout", -1, "sha256 " + locked.sha256(), "sha256 " + hash,
                "the output changed (the lock keeps only the hash of output that is large or not UTF-8 text)", run,
                0));
    }

    private static List<Difference> stdout(StreamComparison.Result result, int run, int reference) {
        if (result.equal()) {
            return List.of();
        }
        return List.of(new Difference(Source.STDOUT, "stdout", result.firstLine(), orMissing(result.expected()),
                orMissing(result.actual()), result.summary(), run, reference));
    }

    /** The recorded manifests, entry by entry; a manifest on one side only is a difference too. */
    public static List<Difference> manifest(Manifest expected, Manifest actual, int run, int reference) {
        if (expected == null && actual == null) {
            return List.of();
        }
        if (expected == null || actual == null) {
            return List.of(new Difference(Source.MANIFEST, "(manifest)", -1,
                    expected == null ? Difference.MISSING : "recorded", actual == null ? Difference.MISSING
                    : "recorded", "one side recorded no manifest", run, reference));
        }
        ManifestDiff diff = expected.diff(actual);
        List<Difference> differences = new ArrayList<>();
        for (EntryDifference entry : diff.differences()) {
            differences.add(entry.firstElement()
                    .map(element -> new Difference(Source.MANIFEST, entry.name(), element.index(), element.expected(),
                            element.actual(), describe(entry, element), run, reference))
                    .orElseGet(() -> new Difference(Source.MANIFEST, entry.name(), -1,
                            entry.expected().fingerprint().toString(), entry.actual().fingerprint().toString(),
                            entry.description(), run, reference)));
        }
        for (ManifestEntry missing : diff.missing()) {
            differences.add(new Difference(Source.MANIFEST, missing.name(), -1, "recorded", Difference.MISSING,
                    "the run did not record this entry", run, reference));
        }
        for (ManifestEntry extra : diff.extra()) {
            differences.add(new Difference(Source.MANIFEST, extra.name(), -1, Difference.MISSING, "recorded",
                    "an entry the reference did not record", run, reference));
        }
        if (diff.orderDiffers()) {
            differences.add(new Difference(Source.MANIFEST, "(recording order)", -1, names(expected), names(actual),
                    "the common entries were recorded in a different order", run, reference));
        }
        return differences;
    }

    private static String describe(EntryDifference entry, ElementDifference element) {
        String text = entry.description();
        if (entry.expected().shape().length > 1) {
            text += " " + Arrays.toString(element.coordinates());
        }
        return text;
    }

    private static String names(Manifest manifest) {
        return manifest.entries().stream().map(ManifestEntry::name).toList().toString();
    }

    /** Files of two runs: presence, then the first differing line (text) or byte (binary), read as streams. */
    public static List<Difference> files(Map<String, Path> expected, Map<String, Path> actual, int run,
                                         int reference) {
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, Path> file : expected.entrySet()) {
            Path other = actual.get(file.getKey());
            if (other == null) {
                differences.add(new Difference(Source.FILE, file.getKey(), -1, "written", Difference.MISSING,
                        "the run did not write this file", run, reference));
                continue;
            }
            StreamComparison.Result result = OutputFiles.compare(file.getValue(), other);
            if (result.equal()) {
                continue;
            }
            if (!OutputFiles.binary(file.getValue()) && !OutputFiles.binary(other)) {
                differences.add(new Difference(Source.FILE, file.getKey(), result.firstLine(),
                        orMissing(result.expected()), orMissing(result.actual()), result.summary(), run, reference));
            } else {
                differences.add(new Difference(Source.BINARY_FILE, file.getKey(), result.firstByte(),
                        byteAt(file.getValue(), result.firstByte()), byteAt(other, result.firstByte()),
                        result.expectedBytes() + " vs " + result.actualBytes() + " bytes", run, reference));
            }
        }
        addUnexpected(expected.keySet(), actual.keySet(), run, reference, differences);
        return differences;
    }

    /** Files of a run against the SHA-256 hashes a lock file recorded. */
    public static List<Difference> fileHashes(Map<String, String> expected, Map<String, Path> actual, int run) {
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path other = actual.get(file.getKey());
            if (other == null) {
                differences.add(new Difference(Source.FILE, file.getKey(), -1, "written", Difference.MISSING,
                        "the run did not write this file", run, 0));
                continue;
            }
            String hash = OutputFiles.sha256(other);
            if (!hash.equals(file.getValue())) {
                differences.add(new Difference(Source.FILE, file.getKey(), -1, "sha256 " + file.getValue(),
                        "sha256 " + hash, "the content changed (the lock keeps only its hash)", run, 0));
            }
        }
        addUnexpected(expected.keySet(), actual.keySet(), run, 0, differences);
        return differences;
    }

    private static void addUnexpected(java.util.Set<String> expected, java.util.Set<String> actual, int run,
                                      int reference, List<Difference> differences) {
        for (String name : actual) {
            if (!expected.contains(name)) {
                differences.add(new Difference(Source.FILE, name, -1, Difference.MISSING, "written",
                        "a file the reference did not write", run, reference));
            }
        }
    }

    private static String byteAt(Path file, long index) {
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(file.toFile(), "r")) {
            if (index >= in.length()) {
                return Difference.MISSING;
            }
            in.seek(index);
            return "0x" + HexFormat.of().toHexDigits((byte) in.read());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String orMissing(String value) {
        return value == null ? Difference.MISSING : value;
    }
}
