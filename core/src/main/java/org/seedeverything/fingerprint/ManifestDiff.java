package org.seedeverything.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one manifest differs from an expected one: entries whose fingerprints differ (in expected order), entries
 * missing or extra, and whether the common entries were recorded in another order. Entries are matched by name; a
 * name recorded several times is matched by occurrence (the second "loss" with the second "loss").
 *
 * @since 0.1
 */
public final class ManifestDiff {
    private final List<EntryDifference> differences;
    private final List<ManifestEntry> missing;
    private final List<ManifestEntry> extra;
    private final boolean orderDiffers;

    private ManifestDiff(List<EntryDifference> differences, List<ManifestEntry> missing, List<ManifestEntry> extra,
            boolean orderDiffers) {
        this.differences = List.copyOf(differences);
        this.missing = List.copyOf(missing);
        this.extra = List.copyOf(extra);
        this.orderDiffers = orderDiffers;
    }

    /** Compares {@code actual} with {@code expected}. */
    public static ManifestDiff between(Manifest expected, Manifest actual) {
        Map<String, ManifestEntry> expectedByKey = byKey(expected);
        Map<String, ManifestEntry> actualByKey = byKey(actual);
        List<EntryDifference> differences = new ArrayList<>();
        List<ManifestEntry> missing = new ArrayList<>();
        List<String> commonInExpectedOrder = new ArrayList<>();
        for (Map.Entry<String, ManifestEntry> pair : expectedByKey.entrySet()) {
            ManifestEntry other = actualByKey.get(pair.getKey());
            if (other == null) {
                missing.add(pair.getValue());
                continue;
            }
            commonInExpectedOrder.add(pair.getKey());
            if (!pair.getValue().fingerprint().equals(other.fingerprint())) {
                differences.add(compare(pair.getValue(), other));
            }
        }
        List<ManifestEntry> extra = new ArrayList<>();
        List<String> commonInActualOrder = new ArrayList<>();
        for (Map.Entry<String, ManifestEntry> pair : actualByKey.entrySet()) {
            if (expectedByKey.containsKey(pair.getKey())) {
                commonInActualOrder.add(pair.getKey());
            } else {
                extra.add(pair.getValue());
            }
        }
        return new ManifestDiff(differences, missing, extra, !commonInExpectedOrder.equals(commonInActualOrder));
    }

    private static Map<String, ManifestEntry> byKey(Manifest manifest) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, ManifestEntry> byKey = new LinkedHashMap<>();
        for (ManifestEntry entry : manifest.entries()) {
            int occurrence = occurrences.merge(entry.name(), 1, Integer::sum);
            byKey.put(occurrence == 1 ? entry.name() : entry.name() + "#" + occurrence, entry);
        }
        return byKey;
    }

    private static EntryDifference compare(ManifestEntry expected, ManifestEntry actual) {
        if (expected.kind() != actual.kind()) {
            return new EntryDifference(expected, actual, "kind " + expected.kind() + " vs " + actual.kind(), null);
        }
        if (expected.dtype() != actual.dtype()) {
            return new EntryDifference(expected, actual, "element type " + expected.dtype() + " vs "
                    + actual.dtype(), null);
        }
        if (!Arrays.equals(expected.shape(), actual.shape())) {
            return new EntryDifference(expected, actual, "shape " + Shapes.format(expected.shape()) + " vs "
                    + Shapes.format(actual.shape()), null);
        }
        if (expected.fingerprint().algorithm() != actual.fingerprint().algorithm()) {
            return new EntryDifference(expected, actual, "fingerprint algorithm "
                    + expected.fingerprint().algorithm() + " vs " + actual.fingerprint().algorithm(), null);
        }
        if (expected.kind() == EntryKind.TEXT) {
            return compareText(expected, actual);
        }
        return compareValues(expected, actual);
    }

    private static EntryDifference compareText(ManifestEntry expected, ManifestEntry actual) {
        String left = expected.text().orElse(null);
        String right = actual.text().orElse(null);
        if (left == null || right == null || left.equals(right)) {
            return new EntryDifference(expected, actual, "text differs", null);
        }
        int index = 0;
        while (index < left.length() && index < right.length() && left.charAt(index) == right.charAt(index)) {
            index++;
        }
        ElementDifference element = new ElementDifference(expected.name(), index, new long[] {index},
                snippet(left, index), snippet(right, index));
        return new EntryDifference(expected, actual, "text differs from character " + index, element);
    }

    private static String snippet(String text, int from) {
        if (from >= text.length()) {
            return "<end of text>";
        }
        String rest = text.substring(from, Math.min(text.length(), from + 40));
        return "\"" + rest + (from + 40 < text.length() ? "...\"" : "\"");
    }

    private static EntryDifference compareValues(ManifestEntry expected, ManifestEntry actual) {
        ElementValues left = expected.values();
        ElementValues right = actual.values();
        long count = Shapes.elementCount(expected.shape());
        long from = 0;
        long to = count;
        String range = "";
        BlockDigests leftBlocks = expected.blocks();
        BlockDigests rightBlocks = actual.blocks();
        if (leftBlocks != null && rightBlocks != null) {
            int block = leftBlocks.firstDifferingBlock(rightBlocks);
            if (block >= 0) {
                from = block * leftBlocks.blockElements();
                to = Math.min(count, from + leftBlocks.blockElements());
                range = " in elements [" + from + ", " + to + ")";
            }
        }
        if (left != null && right != null && left.count() == count && right.count() == count) {
            long index = left.firstDifference(right, from, to);
            if (index < 0 && (from > 0 || to < count)) {
                index = left.firstDifference(right, 0, count);
            }
            if (index >= 0) {
                ElementDifference element = new ElementDifference(expected.name(), index,
                        coordinates(index, expected.shape()), left.text(index), right.text(index));
                return new EntryDifference(expected, actual, "values differ from element " + index, element);
            }
        }
        return new EntryDifference(expected, actual, "values differ" + range, null);
    }

    static long[] coordinates(long index, long[] shape) {
        long[] coordinates = new long[shape.length];
        long rest = index;
        for (int d = shape.length - 1; d >= 0; d--) {
            coordinates[d] = shape[d] == 0 ? 0 : rest % shape[d];
            rest = shape[d] == 0 ? 0 : rest / shape[d];
        }
        return coordinates;
    }

    /** Entries present in both whose fingerprints differ, in the expected manifest's order. */
    public List<EntryDifference> differences() {
        return differences;
    }

    /** Entries of the expected manifest that the other lacks. */
    public List<ManifestEntry> missing() {
        return missing;
    }

    /** Entries of the other manifest that the expected one lacks. */
    public List<ManifestEntry> extra() {
        return extra;
    }

    /** Whether the entries present in both were recorded in a different order. */
    public boolean orderDiffers() {
        return orderDiffers;
    }

    /** Whether both manifests have the same entries, fingerprints and order. */
    public boolean isIdentical() {
        return differences.isEmpty() && missing.isEmpty() && extra.isEmpty() && !orderDiffers;
    }

    /** The first differing entry in expected order. */
    public Optional<EntryDifference> firstDifference() {
        return differences.stream().findFirst();
    }

    /** The first differing element of the first differing entry, when it can be located. */
    public Optional<ElementDifference> firstElementDifference() {
        return firstDifference().flatMap(EntryDifference::firstElement);
    }

    /** A readable report: one line per differing, missing and extra entry. */
    @Override
    public String toString() {
        if (isIdentical()) {
            return "identical";
        }
        StringBuilder out = new StringBuilder();
        for (EntryDifference difference : differences) {
            out.append("differs  \"").append(difference.name()).append("\": ").append(difference.description());
            difference.firstElement().ifPresent(e -> out.append("\n         first difference: element ")
                    .append(e.index()).append(' ').append(Arrays.toString(e.coordinates())).append(": ")
                    .append(e.expected()).append(" vs ").append(e.actual()));
            ManifestEntry expected = difference.expected();
            ManifestEntry actual = difference.actual();
            expected.statistics().ifPresent(s -> out.append("\n         expected ").append(s));
            actual.statistics().ifPresent(s -> out.append("\n         actual   ").append(s));
            out.append("\n         ").append(expected.fingerprint()).append(" vs ").append(actual.fingerprint())
                    .append('\n');
        }
        for (ManifestEntry entry : missing) {
            out.append("missing  \"").append(entry.name()).append("\"\n");
        }
        for (ManifestEntry entry : extra) {
            out.append("extra    \"").append(entry.name()).append("\"\n");
        }
        if (orderDiffers) {
            out.append("order    the common entries were recorded in a different order\n");
        }
        return out.toString().stripTrailing();
    }
}
