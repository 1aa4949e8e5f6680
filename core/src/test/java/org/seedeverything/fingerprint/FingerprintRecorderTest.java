package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.internal.Json;

/** Recording named values, their statistics, and the manifest's JSON form. */
class FingerprintRecorderTest {
    @TempDir
    Path directory;

    private static FingerprintRecorder sample() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        recorder.record("weights", new double[] {1, 2, Double.NaN, -0.0, 3});
        recorder.record("matrix", new float[] {0.5f, -0f, Float.intBitsToFloat(0x7FC00001), 1e-45f, 7, 8}, 2, 3);
        recorder.record("labels", new int[] {3, 1, 2});
        recorder.record("vocabulary", "héllo \"wörld\"\n");
        recorder.record("step", 12L);
        recorder.record("loss", 0.125);
        recorder.record("config", List.of("a", "b"), (list, sink) -> list.forEach(sink::putString));
        return recorder;
    }

    @Test
    @DisplayName("each entry keeps its fingerprint, type, shape and statistics, in recording order")
    void entries() {
        Manifest manifest = sample().manifest();
        assertEquals(List.of("weights", "matrix", "labels", "vocabulary", "step", "loss", "config"),
                manifest.entries().stream().map(ManifestEntry::name).toList());
        ManifestEntry weights = manifest.entry("weights").orElseThrow();
        assertEquals(Fingerprints.of(new double[] {1, 2, Double.NaN, -0.0, 3}), weights.fingerprint());
        assertEquals(DType.FLOAT64, weights.dtype());
        assertArrayEquals(new long[] {5}, weights.shape());
        // by hand over the non-NaN values 1, 2, -0.0, 3: mean 1.5, population variance 1.25
        assertEquals(new EntryStatistics(5, 1, 1, 0.0, 3, 1.5, Math.sqrt(1.25)), weights.statistics().orElseThrow());
        assertEquals(EntryKind.NUMBER, manifest.entry("step").orElseThrow().kind());
        assertArrayEquals(new long[0], manifest.entry("step").orElseThrow().shape());
        assertEquals(Fingerprints.of(12L), manifest.entry("step").orElseThrow().fingerprint());
        assertEquals(Fingerprints.of(List.of("a", "b"), (list, sink) -> list.forEach(sink::putString)),
                manifest.entry("config").orElseThrow().fingerprint());
        assertEquals("héllo \"wörld\"\n", manifest.entry("vocabulary").orElseThrow().text().orElseThrow());
    }

    @Test
    @DisplayName("the same values recorded from an array, a buffer and memory make identical entries")
    void sourcesMakeIdenticalEntries() {
        float[] values = FingerprintGoldenTest.ramp(5000);
        ByteBuffer direct = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder());
        direct.asFloatBuffer().put(values);
        FingerprintRecorder fromArray = FingerprintRecorder.create();
        fromArray.record("x", values, 50, 100);
        FingerprintRecorder fromBuffer = FingerprintRecorder.create();
        fromBuffer.record("x", direct, DType.FLOAT32, 50, 100);
        FingerprintRecorder fromMemory = FingerprintRecorder.create();
        fromMemory.recordMemory("x", DType.FLOAT32, new long[] {50, 100}, TestMemory.address(direct),
                values.length * 4L);
        assertEquals(fromArray.manifest().toJson(), fromBuffer.manifest().toJson());
        assertEquals(fromArray.manifest().toJson(), fromMemory.manifest().toJson());
        Reference.reachabilityFence(direct); // the buffer's memory is freed once it is unreachable
    }

    @Test
    @DisplayName("the JSON form round-trips every entry, exact values included")
    void jsonRoundTrip() {
        Manifest original = sample().manifest();
        Manifest read = Manifest.fromJson(original.toJson());
        assertTrue(original.diff(read).isIdentical(), original.diff(read).toString());
        assertEquals(original.toJson(), read.toJson());
        ManifestEntry matrix = read.entry("matrix").orElseThrow();
        assertEquals("-0.0", matrix.value(1).orElseThrow());
        assertEquals("NaN(0x7fc00001)", matrix.value(2).orElseThrow());
        assertEquals("1.4E-45", matrix.value(3).orElseThrow());
        assertEquals(original.entry("weights").orElseThrow().statistics(),
                read.entry("weights").orElseThrow().statistics());
    }

    @Test
    @DisplayName("the map form embeds in a larger JSON document and reads back")
    void mapForm() {
        Manifest original = sample().manifest();
        assertTrue(original.diff(Manifest.fromMap(original.toMap())).isIdentical());
        String lockFile = Json.write(Map.of("environment", Map.of("jdk", "17"), "manifest", original.toMap()));
        Map<?, ?> embedded = (Map<?, ?>) Json.parseObject(lockFile).get("manifest");
        assertEquals(original.toJson(), Manifest.fromMap(embedded).toJson());
    }

    @Test
    @DisplayName("a manifest file is written atomically and read back; a corrupt one names the file and problem")
    void files() throws IOException {
        Path file = directory.resolve("run.manifest.json");
        Manifest manifest = sample().manifest();
        manifest.write(file);
        assertTrue(manifest.diff(Manifest.read(file)).isIdentical());
        try (var siblings = Files.list(directory)) {
            assertEquals(List.of(file), siblings.toList(), "no temporary file is left behind");
        }
        Files.writeString(file, "{\"format\": \"seed-everything-manifest\", \"version\": 1, \"entries\": [");
        IllegalArgumentException corrupt = assertThrows(IllegalArgumentException.class, () -> Manifest.read(file));
        assertTrue(corrupt.getMessage().contains(file.toString()) && corrupt.getMessage().contains("Malformed JSON"),
                corrupt.getMessage());
        Files.writeString(file, "{\"format\": \"something else\"}");
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> Manifest.read(file));
        assertTrue(foreign.getMessage().contains("seed-everything-manifest"), foreign.getMessage());
        Files.writeString(file, manifest.toJson().replace("fp1:xxh128:", "fp1:xxh128:zz"));
        IllegalArgumentException badFingerprint = assertThrows(IllegalArgumentException.class,
                () -> Manifest.read(file));
        assertTrue(badFingerprint.getMessage().contains("Not a fingerprint"), badFingerprint.getMessage());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Manifest.read(directory.resolve("absent.json")));
        assertTrue(missing.getMessage().contains("absent.json"), missing.getMessage());
    }

    @Test
    @DisplayName("arrays over 1024 elements are written as block digests, not values")
    void largeArrays() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        recorder.record("big", new float[5000]);
        ManifestEntry big = Manifest.fromJson(recorder.manifest().toJson()).entry("big").orElseThrow();
        assertFalse(big.hasValues());
        assertEquals(new EntryStatistics(5000, 0, 5000, 0, 0, 0, 0), big.statistics().orElseThrow());
        assertTrue(recorder.manifest().toJson().contains("\"blocks\""));
    }

    @Test
    @DisplayName("a blank name is refused with a hint")
    void blankName() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> recorder.record(" ", new double[1]));
        assertTrue(error.getMessage().contains("layer1.W"), error.getMessage());
    }
}
