package org.seedeverything.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.internal.Json;

/**
 * The recorded entries of one run, in recording order, with a JSON form:
 * <pre>{@code
 * {"format": "seed-everything-manifest", "version": 1, "entries": [{"name": ..., "fingerprint": ...}, ...]}
 * }</pre>
 * Compare two with {@link #diff(Manifest)}. Immutable.
 *
 * @since 0.1
 */
public final class Manifest {
    /** The {@code "format"} value of the JSON form: {@value}. */
    public static final String FORMAT = "seed-everything-manifest";
    /** The {@code "version"} of the JSON form written by this release: {@value}. */
    public static final int VERSION = 1;

    private final List<ManifestEntry> entries;
    private final Map<String, String> environment;

    Manifest(List<ManifestEntry> entries) {
        this(entries, Map.of());
    }

    private Manifest(List<ManifestEntry> entries, Map<String, String> environment) {
        this.entries = List.copyOf(entries);
        this.environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /**
     * The JVM, machine and library facts of the run that recorded this manifest (Java version, OS, cores, ND4J
     * backend and threads with the adapter, ...); empty when none were attached. Not part of {@link #equals}: two
     * runs on different machines can agree on every entry.
     */
    public Map<String, String> environment() {
        return environment;
    }

    /** This manifest with {@code facts} as its environment section. */
    public Manifest withEnvironment(Map<String, String> facts) {
        return new Manifest(entries, facts);
    }

    /** A manifest with no entries. */
    public static Manifest empty() {
        return new Manifest(List.of());
    }

    /** The entries in recording order. */
    public List<ManifestEntry> entries() {
        return entries;
    }

    /** The first entry with this name. */
    public Optional<ManifestEntry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** How {@code actual} differs from this manifest (the expected one). */
    public ManifestDiff diff(Manifest actual) {
        return ManifestDiff.between(this, actual);
    }

    /** The JSON form (values of arrays up to 1024 elements included, larger ones as block digests). */
    public String toJson() {
        return Json.write(toMap());
    }

    /**
     * The JSON form as maps and lists (see {@code org.seedeverything.internal.Json}), to embed a manifest in a larger
     * document such as a lock file.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", (long) VERSION);
        List<Object> list = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            list.add(entry.toMap());
        }
        root.put("entries", list);
        if (!environment.isEmpty()) {
            root.put("environment", environment);
        }
        return root;
    }

    /**
     * Reads the JSON form.
     *
     * @throws IllegalArgumentException saying what is malformed or missing
     */
    public static Manifest fromJson(String json) {
        return fromMap(Json.parseObject(json));
    }

    /**
     * Reads the form written by {@link #toMap()} (for example parsed from a larger JSON document).
     *
     * @throws IllegalArgumentException saying what is malformed or missing
     */
    public static Manifest fromMap(Map<?, ?> root) {
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("Not a manifest: \"format\" is " + root.get("format") + ", expected \""
                    + FORMAT + "\"");
        }
        if (!(root.get("version") instanceof Long version) || version != VERSION) {
            throw new IllegalArgumentException("Unsupported manifest version " + root.get("version")
                    + "; this release reads version " + VERSION);
        }
        if (!(root.get("entries") instanceof List<?> list)) {
            throw new IllegalArgumentException("The manifest has no \"entries\" list");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("entry " + i + " is not a JSON object: " + list.get(i));
            }
            entries.add(ManifestEntry.fromMap(map, i));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        if (root.get("environment") instanceof Map<?, ?> map) {
            map.forEach((key, value) -> facts.put(String.valueOf(key), String.valueOf(value)));
        } else if (root.get("environment") != null) {
            throw new IllegalArgumentException("The manifest's \"environment\" is not a JSON object");
        }
        return new Manifest(entries, facts);
    }

    /** Writes the JSON form atomically (a reader sees the old file or the new one, never a torn one). */
    public void write(Path file) {
        AtomicFiles.writeString(file, toJson());
    }

    /**
     * Reads a manifest file.
     *
     * @throws UncheckedIOException when the file cannot be read, naming it
     * @throws IllegalArgumentException when it is not a valid manifest, naming the file and the problem
     */
    public static Manifest read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new UncheckedIOException("Manifest file " + file + " does not exist; was the program run with -D"
                    + Fingerprints.MANIFEST_PROPERTY + "=" + file + " and did it record anything?", missing);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read manifest file " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromJson(text);
        } catch (IllegalArgumentException corrupt) {
            throw new IllegalArgumentException("Manifest file " + file + " is corrupt: " + corrupt.getMessage()
                    + "; delete it and record it again", corrupt);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest that && ManifestDiff.between(this, that).isIdentical();
    }

    @Override
    public int hashCode() {
        return entries.stream().mapToInt(e -> e.name().hashCode() * 31 + e.fingerprint().hashCode()).sum();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Manifest of ").append(entries.size()).append(" entries");
        for (ManifestEntry entry : entries) {
            out.append("\n  ").append(entry);
        }
        return out.toString();
    }
}
