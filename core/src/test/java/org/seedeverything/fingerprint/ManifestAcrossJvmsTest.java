package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.Seeds;
import org.seedeverything.testing.ForkedJvm;

/** Fingerprints and the exit-time manifest ({@code -Dseeds.manifest}) are the same in fresh JVMs. */
class ManifestAcrossJvmsTest {
    @TempDir
    Path directory;

    /** A small program that records seeded work with {@code Fingerprints.record}; "clock" adds the time. */
    public static final class RecordingProgram {
        public static void main(String[] args) {
            UniformRandomProvider random = Seeds.streamFor(Long.parseLong(args[0]), "init");
            float[] weights = new float[1000];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextFloat() - 0.5f;
            }
            Fingerprints.record("layer1.W", weights, 10, 100);
            Map<String, Integer> counts = new HashMap<>();
            for (String word : "the quick brown fox jumps over the lazy dog".split(" ")) {
                counts.merge(word, 1, Integer::sum);
            }
            Fingerprints.record("word counts", counts.toString());
            Fingerprints.record("ramp", FingerprintGoldenTest.ramp(3 << 18));
            Fingerprints.record("epochs", 3L);
            if (args.length > 1 && args[1].equals("clock")) {
                Fingerprints.record("clock", System.nanoTime());
            }
            System.out.println(Fingerprints.of(FingerprintGoldenTest.ramp(3 << 18)));
        }
    }

    private ForkedJvm.Result record(Path manifest, String... arguments) {
        return ForkedJvm.create().options("-D" + Fingerprints.MANIFEST_PROPERTY + "=" + manifest)
                .run(RecordingProgram.class, arguments).assertSuccess();
    }

    @Test
    @DisplayName("two fresh JVMs write identical manifests, and print the fingerprint this JVM computes")
    void identicalManifests() throws IOException {
        Path first = directory.resolve("first.json");
        Path second = directory.resolve("second.json");
        ForkedJvm.Result run = record(first, "7");
        record(second, "7");
        Manifest manifest = Manifest.read(first);
        assertEquals(List.of("layer1.W", "word counts", "ramp", "epochs"),
                manifest.entries().stream().map(ManifestEntry::name).toList());
        assertTrue(manifest.diff(Manifest.read(second)).isIdentical());
        assertEquals(System.getProperty("java.version"), manifest.environment().get("java.version"),
                "the manifest written at exit carries the run's environment");
        assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), manifest.environment().get("cores"));
        assertEquals(Files.readString(first), Files.readString(second));
        assertEquals(Fingerprints.of(FingerprintGoldenTest.ramp(3 << 18)).toString(), run.stdout().strip());
        assertEquals(Fingerprints.of(FingerprintGoldenTest.ramp(3 << 18)),
                manifest.entry("ramp").orElseThrow().fingerprint());
    }

    @Test
    @DisplayName("a program that records the clock writes manifests that differ in that entry only")
    void clockDiffers() {
        Path first = directory.resolve("first.json");
        Path second = directory.resolve("second.json");
        record(first, "7", "clock");
        record(second, "7", "clock");
        ManifestDiff diff = Manifest.read(first).diff(Manifest.read(second));
        assertFalse(diff.isIdentical());
        assertEquals(List.of("clock"), diff.differences().stream().map(EntryDifference::name).toList());
        assertTrue(diff.firstElementDifference().isPresent(), diff.toString());
    }
}
