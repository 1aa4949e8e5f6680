package org.seedeverything.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two recorded manifests entry by entry.
 *
 * <p>A manifest is a JSON object with an {@code "entries"} array of objects that each carry a {@code "name"}. Entries
 * are matched by name; for each differing entry the first differing field is located, down to the element index of
 * a {@code "values"} array when the entry carries one.
 */
public final class ManifestComparison {
    private ManifestComparison() {
    }

    /**
     * One differing entry.
     *
     * @param entry    the entry's name
     * @param index    the first differing element index, or {@code -1}
     * @param expected the reference's value there
     * @param actual   the other manifest's value there
     * @param detail   which field differs
     */
    public record EntryDifference(String entry, long index, String expected, String actual, String detail) {
    }

    /** Every differing entry of {@code actual} against {@code expected}, in the reference's order. */
    public static List<EntryDifference> compare(Map<String, Object> expected, Map<String, Object> actual) {
        Map<String, Map<String, Object>> left = entries(expected);
        Map<String, Map<String, Object>> right = entries(actual);
        List<EntryDifference> differences = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : left.entrySet()) {
            Map<String, Object> other = right.get(entry.getKey());
            if (other == null) {
                differences.add(new EntryDifference(entry.getKey(), -1, "recorded", "<missing>",
                        "the entry was not recorded"));
            } else {
                EntryDifference difference = compareEntry(entry.getKey(), entry.getValue(), other);
                if (difference != null) {
                    differences.add(difference);
                }
            }
        }
        for (String name : right.keySet()) {
            if (!left.containsKey(name)) {
                differences.add(new EntryDifference(name, -1, "<missing>", "recorded",
                        "an entry the reference did not record"));
            }
        }
        return differences;
    }

    private static EntryDifference compareEntry(String name, Map<String, Object> expected, Map<String, Object> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        Object leftValues = expected.get("values");
        Object rightValues = actual.get("values");
        if (leftValues instanceof List<?> left && rightValues instanceof List<?> right && !left.equals(right)) {
            int length = Math.min(left.size(), right.size());
            for (int i = 0; i < length; i++) {
                if (!Objects.equals(left.get(i), right.get(i))) {
                    return new EntryDifference(name, i, String.valueOf(left.get(i)), String.valueOf(right.get(i)),
                            "values differ");
                }
            }
            return new EntryDifference(name, length, length < left.size() ? String.valueOf(left.get(length))
                    : "<missing>", length < right.size() ? String.valueOf(right.get(length)) : "<missing>",
                    "lengths differ: " + left.size() + " vs " + right.size());
        }
        for (Map.Entry<String, Object> field : expected.entrySet()) {
            Object other = actual.get(field.getKey());
            if (!Objects.equals(field.getValue(), other)) {
                return new EntryDifference(name, -1, String.valueOf(field.getValue()), String.valueOf(other),
                        field.getKey() + " differs");
            }
        }
        for (Map.Entry<String, Object> field : actual.entrySet()) {
            if (!expected.containsKey(field.getKey())) {
                return new EntryDifference(name, -1, "<missing>", String.valueOf(field.getValue()),
                        field.getKey() + " differs");
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> entries(Map<String, Object> manifest) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        Object entries = manifest.get("entries");
        if (!(entries instanceof List<?> list)) {
            throw new IllegalArgumentException("A manifest needs an \"entries\" array; found keys "
                    + manifest.keySet());
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> entry && entry.get("name") != null) {
                byName.put(String.valueOf(entry.get("name")), (Map<String, Object>) entry);
            }
        }
        return byName;
    }
}
