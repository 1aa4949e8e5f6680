package org.seedeverything.verify.internal;

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

    /** Standard output, line by line. */
    public static List<Difference> stdout(List<String> expected, String actual, int run, int reference) {
        LineComparison.Result result = LineComparison.compare(expected, LineComparison.lines(actual));
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

    /** Files of two runs: presence, then the first differing line (text) or byte (binary). */
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
            byte[] left = OutputFiles.read(file.getValue());
            byte[] right = OutputFiles.read(other);
            long mismatch = OutputFiles.firstDifferingByte(left, right);
            if (mismatch < 0) {
                continue;
            }
            String leftText = OutputFiles.textOrNull(left);
            String rightText = OutputFiles.textOrNull(right);
            if (leftText != null && rightText != null) {
                LineComparison.Result lines = LineComparison.compare(LineComparison.lines(leftText),
                        LineComparison.lines(rightText));
                if (!lines.equal()) {
                    differences.add(new Difference(Source.FILE, file.getKey(), lines.firstLine(),
                            orMissing(lines.expected()), orMissing(lines.actual()), lines.summary(), run, reference));
                    continue;
                }
            }
            differences.add(new Difference(Source.BINARY_FILE, file.getKey(), mismatch, byteAt(left, mismatch),
                    byteAt(right, mismatch), left.length + " vs " + right.length + " bytes", run, reference));
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

    private static String byteAt(byte[] bytes, long index) {
        return index < bytes.length ? "0x" + HexFormat.of().toHexDigits(bytes[(int) index]) : Difference.MISSING;
    }

    private static String orMissing(String value) {
        return value == null ? Difference.MISSING : value;
    }
}
