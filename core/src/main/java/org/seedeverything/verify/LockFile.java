package org.seedeverything.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.seedeverything.SeedMode;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.internal.Json;

/**
 * A golden record of one deterministic run ({@code determinism.lock.json}): the program, its seed, its standard
 * output, its recorded manifest, hashes of its output files, and the environment it ran in.
 *
 * <p>The environment section holds the JVM and machine facts, the facts that {@code SeedTarget}s contribute
 * (e.g. the ND4J backend), the versions of the jars on the class path, and {@value #ENVIRONMENT_PROPERTY_PREFIX}
 * system properties.
 *
 * <p>Commit the lock file next to the code; {@code check} re-runs the program and explains any drift, naming the
 * environment facts (JDK, OS, cores, library versions) that changed since the lock was written. A lock file is
 * written atomically and never replaced unless the caller asks for it ({@code --update}).
 *
 * @since 0.1
 */
public final class LockFile {
    /** The conventional file name: {@value}. */
    public static final String DEFAULT_NAME = "determinism.lock.json";
    /** The format tag written into every lock file: {@value}. */
    public static final String FORMAT = "seed-everything-lock/1";
    /**
     * Prefix of system properties of the program's JVM that are copied into the environment section, for facts no
     * {@code SeedTarget} contributes: {@code -Dseeds.environment.gpu=A100} records {@code gpu=A100}. Value: {@value}.
     */
    public static final String ENVIRONMENT_PROPERTY_PREFIX = "seeds.environment.";

    private final List<String> program;
    private final Long seed;
    private final SeedMode mode;
    private final Map<String, String> environment;
    private final List<String> stdout;
    private final Manifest manifest;
    private final Map<String, String> fileHashes;

    LockFile(List<String> program, Long seed, SeedMode mode, Map<String, String> environment, List<String> stdout,
             Manifest manifest, Map<String, String> fileHashes) {
        this.program = List.copyOf(program);
        this.seed = seed;
        this.mode = mode;
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.stdout = List.copyOf(stdout);
        this.manifest = manifest;
        this.fileHashes = Collections.unmodifiableMap(new LinkedHashMap<>(fileHashes));
    }

    /**
     * Reads a lock file.
     *
     * @throws LockFileException naming the file and the problem when it is missing, not JSON, or not a lock file
     */
    public static LockFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new LockFileException(file, "Lock file " + file + " does not exist; create it with"
                    + " 'seed-everything lock -- <java arguments>'", missing);
        } catch (IOException e) {
            throw new LockFileException(file, "Lock file " + file + " could not be read: " + e.getMessage(), e);
        }
        Map<String, Object> root;
        try {
            root = Json.parseObject(text);
        } catch (IllegalArgumentException malformed) {
            throw corrupt(file, malformed.getMessage(), malformed);
        }
        if (!FORMAT.equals(root.get("format"))) {
            throw corrupt(file, "field \"format\" is " + (root.containsKey("format") ? "'" + root.get("format") + "'"
                    : "missing") + ", expected '" + FORMAT + "'", null);
        }
        try {
            Object seedText = root.get("seed");
            Object modeText = root.get("mode");
            return new LockFile(strings(root, "program"), seedText == null ? null : Seeds.parse(seedText.toString()),
                    modeText == null ? null : SeedMode.valueOf(modeText.toString()), stringMap(root, "environment"),
                    strings(root, "stdout"), manifest(root), stringMap(root, "files"));
        } catch (IllegalArgumentException | ClassCastException invalid) {
            throw corrupt(file, invalid.getMessage(), invalid);
        }
    }

    private static LockFileException corrupt(Path file, String problem, Throwable cause) {
        return new LockFileException(file, "Lock file " + file + " is corrupt: " + problem + "; restore it from"
                + " version control or recreate it with 'seed-everything lock --update'", cause);
    }

    private static List<String> strings(Map<String, Object> root, String field) {
        if (!(root.get(field) instanceof List<?> list)) {
            throw new IllegalArgumentException("field \"" + field + "\" must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw new IllegalArgumentException("field \"" + field + "\" must be an array of strings, found "
                        + item);
            }
            strings.add(text);
        }
        return strings;
    }

    private static Map<String, String> stringMap(Map<String, Object> root, String field) {
        if (!(root.get(field) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("field \"" + field + "\" must be an object of strings");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, value) -> strings.put(String.valueOf(key), String.valueOf(value)));
        return strings;
    }

    private static Manifest manifest(Map<String, Object> root) {
        Object value = root.get("manifest");
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("field \"manifest\" must be an object or null");
        }
        try {
            return Manifest.fromMap((Map<?, ?>) value);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("field \"manifest\": " + invalid.getMessage(), invalid);
        }
    }

    /**
     * Writes the lock file atomically.
     *
     * @throws LockFileException when the file exists and {@code update} is false
     */
    void write(Path file, boolean update) {
        requireWritable(file, update);
        AtomicFiles.writeString(file, toJson());
    }

    /** Throws unless {@code file} is absent or {@code update} allows replacing it. */
    static void requireWritable(Path file, boolean update) {
        if (!update && Files.exists(file)) {
            throw new LockFileException(file, "Lock file " + file + " already exists and was left unchanged; pass"
                    + " --update (JvmVerifier.lock(file, true)) to replace it", null);
        }
    }

    /** The lock file's JSON text. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("program", program);
        root.put("seed", seed == null ? null : Seeds.format(seed));
        root.put("mode", mode == null ? null : mode.name());
        root.put("environment", environment);
        root.put("stdout", stdout);
        root.put("manifest", manifest == null ? null : manifest.toMap());
        root.put("files", fileHashes);
        return Json.write(root);
    }

    /** The java arguments that were locked. */
    public List<String> program() {
        return program;
    }

    /** The master seed the program ran under, if it ran under the launcher. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** The seeding mode given to the launcher, if any. */
    public Optional<SeedMode> mode() {
        return Optional.ofNullable(mode);
    }

    /** The environment section: JDK, OS, architecture, cores, library versions, contributed facts. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The locked standard output, line by line. */
    public List<String> stdout() {
        return stdout;
    }

    /** The locked fingerprint manifest, if the program recorded one. */
    public Optional<Manifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** SHA-256 hashes of the output files, by relative path. */
    public Map<String, String> fileHashes() {
        return fileHashes;
    }

    /** Every environment fact that differs between this lock and {@code current}, in key order. */
    public List<EnvironmentChange> environmentChanges(Map<String, String> current) {
        Set<String> keys = new TreeSet<>(environment.keySet());
        keys.addAll(current.keySet());
        List<EnvironmentChange> changes = new ArrayList<>();
        for (String key : keys) {
            String locked = environment.get(key);
            String now = current.get(key);
            if (locked == null || !locked.equals(now)) {
                changes.add(new EnvironmentChange(key, locked, now));
            }
        }
        return changes;
    }
}
