package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Comparing two manifests names differing, missing and extra entries and the first differing element. */
class ManifestDiffTest {
    private static float[] tenValues() {
        float[] values = new float[10];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.25f;
        }
        return values;
    }

    @Test
    @DisplayName("the first differing element is located with its coordinates and both values, also from JSON")
    void firstElement() {
        FingerprintRecorder expected = FingerprintRecorder.create();
        FingerprintRecorder actual = FingerprintRecorder.create();
        float[] values = tenValues();
        expected.record("same", new int[] {1, 2});
        actual.record("same", new int[] {1, 2});
        expected.record("w", values, 2, 5);
        values[7] = 0.5f;
        values[9] = -1f;
        actual.record("w", values, 2, 5);
        for (ManifestDiff diff : List.of(expected.manifest().diff(actual.manifest()),
                Manifest.fromJson(expected.manifest().toJson()).diff(Manifest.fromJson(actual.manifest().toJson())))) {
            assertFalse(diff.isIdentical());
            assertEquals(1, diff.differences().size());
            ElementDifference element = diff.firstElementDifference().orElseThrow();
            assertEquals("w", element.entry());
            assertEquals(7, element.index());
            assertArrayEquals(new long[] {1, 2}, element.coordinates());
            assertEquals("1.75", element.expected());
            assertEquals("0.5", element.actual());
            assertTrue(diff.toString().contains("\"w\"") && diff.toString().contains("1.75 vs 0.5"), diff.toString());
        }
    }

    @Test
    @DisplayName("a large array is located to its first differing block from JSON, to the element in memory")
    void largeArray() {
        float[] values = new float[300_000];
        FingerprintRecorder expected = FingerprintRecorder.builder().retainValues(1 << 21).build();
        FingerprintRecorder actual = FingerprintRecorder.builder().retainValues(1 << 21).build();
        expected.record("big", values);
        values[123_456] = 2f;
        actual.record("big", values);
        ManifestDiff inMemory = expected.manifest().diff(actual.manifest());
        ElementDifference element = inMemory.firstElementDifference().orElseThrow();
        assertEquals(123_456, element.index());
        assertEquals("0.0", element.expected());
        assertEquals("2.0", element.actual());
        ManifestDiff fromJson = Manifest.fromJson(expected.manifest().toJson())
                .diff(Manifest.fromJson(actual.manifest().toJson()));
        assertTrue(fromJson.firstElementDifference().isEmpty());
        long blockElements = BlockDigests.blockElements(300_000);
        long blockStart = 123_456 / blockElements * blockElements;
        String description = fromJson.firstDifference().orElseThrow().description();
        assertTrue(description.contains("[" + blockStart + ", " + (blockStart + blockElements) + ")"), description);
    }

    @Test
    @DisplayName("missing, extra, reordered entries and differing shapes or types are reported")
    void structure() {
        FingerprintRecorder expected = FingerprintRecorder.create();
        expected.record("a", 1L);
        expected.record("b", "text");
        expected.record("shape", new double[6], 2, 3);
        expected.record("type", new int[] {1});
        expected.record("gone", 2.0);
        FingerprintRecorder actual = FingerprintRecorder.create();
        actual.record("b", "text");
        actual.record("a", 1L);
        actual.record("shape", new double[6], 3, 2);
        actual.record("type", new long[] {1});
        actual.record("new", 3.0);
        ManifestDiff diff = expected.manifest().diff(actual.manifest());
        assertTrue(diff.orderDiffers());
        assertEquals(List.of("gone"), diff.missing().stream().map(ManifestEntry::name).toList());
        assertEquals(List.of("new"), diff.extra().stream().map(ManifestEntry::name).toList());
        assertEquals(List.of("shape [2, 3] vs [3, 2]", "element type INT32 vs INT64"),
                diff.differences().stream().map(EntryDifference::description).toList());
    }

    @Test
    @DisplayName("a name recorded twice is matched by occurrence; text differences name the character")
    void occurrencesAndText() {
        FingerprintRecorder expected = FingerprintRecorder.create();
        expected.record("loss", 1.0);
        expected.record("loss", 0.5);
        expected.record("log", "epoch 1 done");
        FingerprintRecorder actual = FingerprintRecorder.create();
        actual.record("loss", 1.0);
        actual.record("loss", 0.25);
        actual.record("log", "epoch 2 done");
        ManifestDiff diff = expected.manifest().diff(actual.manifest());
        assertEquals(2, diff.differences().size());
        ElementDifference loss = diff.firstElementDifference().orElseThrow();
        assertEquals("0.5", loss.expected());
        assertEquals("0.25", loss.actual());
        ElementDifference text = diff.differences().get(1).firstElement().orElseThrow();
        assertEquals(6, text.index());
        assertEquals("\"1 done\"", text.expected());
        assertEquals("\"2 done\"", text.actual());
    }

    @Test
    @DisplayName("identical manifests are identical")
    void identical() {
        FingerprintRecorder first = FingerprintRecorder.create();
        FingerprintRecorder second = FingerprintRecorder.create();
        for (FingerprintRecorder recorder : List.of(first, second)) {
            recorder.record("w", tenValues(), 10);
            recorder.record("name", "x");
        }
        ManifestDiff diff = first.manifest().diff(second.manifest());
        assertTrue(diff.isIdentical());
        assertEquals("identical", diff.toString());
        assertEquals(first.manifest(), second.manifest());
    }
}
