package org.seedeverything;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.Fingerprints;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.internal.Json;
import org.seedeverything.testing.MutationFuzzer;
import org.seedeverything.verify.LockFile;
import org.seedeverything.verify.LockFileException;

/**
 * Every parser of core against mutated input: it accepts the input or throws its documented exception, never
 * anything else (no StackOverflowError, NumberFormatException, ClassCastException, IndexOutOfBounds...).
 * A few seconds in CI; {@code -Dseeds.fuzz.iterations=1000000} for a long run.
 */
class ParserFuzzTest {
    @TempDir
    Path directory;

    @Test
    @DisplayName("Seeds.parse: a seed or IllegalArgumentException")
    void seedsParse() {
        MutationFuzzer.over(1, List.of("2021", "-1", "0", "0x7E5", "-0x1", "9223372036854775807",
                        "-9223372036854775808", "0xFFFFFFFFFFFFFFFF", "1_000", " 42 "))
                .run(Seeds::parse, thrown -> thrown instanceof IllegalArgumentException);
    }

    @Test
    @DisplayName("Fingerprint.parse: a fingerprint or IllegalArgumentException")
    void fingerprintParse() {
        String valid = Fingerprints.of(new double[] {1, 2, 3}).toString();
        MutationFuzzer.over(2, List.of(valid, valid.toUpperCase(java.util.Locale.ROOT), "fp1:xxh128:00"))
                .run(Fingerprint::parse, thrown -> thrown instanceof IllegalArgumentException);
    }

    @Test
    @DisplayName("Json.parse: a value or IllegalArgumentException")
    void json() {
        MutationFuzzer.over(3, List.of("{\"a\": [1, -2.5e3, \"x\\u0041\"], \"b\": {\"c\": null, \"d\": true}}",
                        "[[[[]]]]", "\"\\ud83d\\ude00\"", "-0.0e+1", "{}"))
                .run(Json::parse, thrown -> thrown instanceof IllegalArgumentException);
    }

    @Test
    @DisplayName("manifests: a manifest or IllegalArgumentException")
    void manifests() {
        org.seedeverything.fingerprint.FingerprintRecorder recorder = org.seedeverything.fingerprint.FingerprintRecorder.create();
        recorder.record("weights", new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        recorder.record("config", "lr=0.1");
        String valid = recorder.manifest().toJson();
        MutationFuzzer.over(4, List.of(valid)).run(Manifest::fromJson,
                thrown -> thrown instanceof IllegalArgumentException);
    }

    @Test
    @DisplayName("lock files: a lock or LockFileException naming the file")
    void lockFiles() {
        String valid = "{\"format\": \"" + LockFile.FORMAT + "\", \"program\": [\"-cp\", \"app.jar\", \"Main\"],"
                + " \"seed\": \"2021\", \"mode\": null, \"environment\": {\"java.version\": \"17\"},"
                + " \"stdoutSha256\": null, \"stdout\": [\"draw 1\", \"draw 2\"], \"manifest\": null, \"files\": {}}";
        Path file = directory.resolve("fuzz.lock.json");
        MutationFuzzer.over(5, List.of(valid)).run(text -> {
            try {
                // getBytes replaces a surrogate that a mutation split, where writeString would refuse the text
                Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LockFile.read(file);
        }, thrown -> thrown instanceof LockFileException locked && locked.getMessage().contains(file.toString()));
    }
}
