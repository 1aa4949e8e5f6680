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
import org.seedeverything.verify.internal.DisplayText;
import org.seedeverything.verify.internal.LockedStdout;
import org.seedeverything.verify.internal.OutputFiles;

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
    /** Standard output up to this many bytes is kept line by line; larger output only by its hash: {@value}. */
    public static final long MAX_STDOUT_BYTES = 16L << 20;
    /** The largest lock file {@link #read(Path)} accepts: {@value} bytes. */
    static final long MAX_BYTES = 1L << 30;

    private final List<String> program;
    private final Long seed;
    private final SeedMode mode;
    private final Map<String, String> environment;
    private final LockedStdout stdout;
    private final Manifest manifest;
    private final Map<String, String> fileHashes;

    LockFile(List<String> program, Long seed, SeedMode mode, Map<String, String> environment, LockedStdout stdout,
             Manifest manifest, Map<String, String> fileHashes) {
        this.program = List.copyOf(program);
        this.seed = seed;
        this.mode = mode;
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.stdout = stdout;
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
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw corrupt(file, "it has " + size + " bytes, more than a lock file can hold (" + MAX_BYTES + ")",
                        null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new LockFileException(file, "Lock file " + file + " does not exist; create it with"
                    + " 'seed-everything lock -- <java arguments>'", missing);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            throw corrupt(file, "it is not UTF-8 text", notUtf8);
        } catch (IOException e) {
            throw new LockFileException(file, "Lock file " + file + " could not be read: " + e.getMessage(), e);
        } catch (OutOfMemoryError tooLarge) {
            throw corrupt(file, "it is too large to read with this heap", null);
        }
        Map<String, Object> root;
        try {
            root = Json.parseObject(text);
        } catch (IllegalArgumentException malformed) {
            throw corrupt(file, malformed.getMessage(), malformed);
        }
        if (!FORMAT.equals(root.get("format"))) {
            throw corrupt(file, "field \"format\" is " + (root.containsKey("format")
                    ? "'" + DisplayText.shorten(String.valueOf(root.get("format"))) + "'" : "missing") + ", expected '"
                    + FORMAT + "'", null);
        }
        try {
            Object seedText = root.get("seed");
            Object modeText = root.get("mode");
            return new LockFile(strings(root, "program"), seedText == null ? null : Seeds.parse(text(seedText,
                    "seed")), modeText == null ? null : mode(text(modeText, "mode")), stringMap(root, "environment"),
                    lockedStdout(root), manifest(root), stringMap(root, "files"));
        } catch (IllegalArgumentException | ClassCastException invalid) {
            throw corrupt(file, DisplayText.shorten(invalid.getMessage()), invalid);
        }
    }

    /** The standard output a lock keeps of the output in {@code file}: its hash, and its lines when small text. */
    static LockedStdout stdoutOf(Path file) {
        String hash = OutputFiles.sha256(file);
        if (OutputFiles.size(file) > MAX_STDOUT_BYTES) {
            return new LockedStdout(hash, null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return new LockedStdout(hash, List.of(text.split("\n", -1)));
        } catch (java.nio.charset.CharacterCodingException notText) {
            return new LockedStdout(hash, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Object value, String field) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string or null");
        }
        return text;
    }

    private static SeedMode mode(String name) {
        try {
            return SeedMode.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("field \"mode\" is '" + DisplayText.shorten(name) + "', expected one"
                    + " of " + java.util.Arrays.toString(SeedMode.values()));
        }
    }

    private static LockedStdout lockedStdout(Map<String, Object> root) {
        Object hash = root.get("stdoutSha256");
        if (hash != null && !(hash instanceof String text && text.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("field \"stdoutSha256\" must be 64 lower-case hex digits or null");
        }
        if (hash != null && root.get("stdout") == null) {
            return new LockedStdout((String) hash, null);
        }
        return new LockedStdout((String) hash, strings(root, "stdout"));
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
                        + DisplayText.shorten(String.valueOf(item)));
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
        map.forEach((key, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("field \"" + field + "\" must be an object of strings, but \""
                        + DisplayText.shorten(String.valueOf(key)) + "\" is not a string");
            }
            strings.put(String.valueOf(key), text);
        });
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
     * Writes the lock file atomically: a new one is created only if no file of that name appeared meanwhile (two
     * concurrent {@code lock} runs cannot both succeed); with {@code update} an existing one is replaced, keeping
     * its file mode and following a symbolic link to the file it names.
     *
     * @throws LockFileException when the file exists and {@code update} is false
     */
    void write(Path file, boolean update) {
        try {
            if (update) {
                AtomicFiles.replace(file, toJson());
            } else {
                AtomicFiles.createNew(file, toJson());
            }
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            throw new LockFileException(file, "Lock file " + file + " appeared while the runs were going and was"
                    + " left unchanged (another lock run?); pass --update (JvmVerifier.lock(file, true)) to replace it",
                    exists);
        }
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
        root.put("stdoutSha256", stdout.sha256());
        root.put("stdout", stdout.lines());
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

    /**
     * The locked standard output, line by line; empty when the lock keeps only its hash (output larger than
     * {@value #MAX_STDOUT_BYTES} bytes, or not UTF-8 text).
     */
    public List<String> stdout() {
        List<String> lines = stdout.lines();
        if (lines == null) {
            return List.of();
        }
        // With a hash, the last element is what follows the last line break: usually nothing.
        boolean trailing = stdout.sha256() != null && !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        return trailing ? lines.subList(0, lines.size() - 1) : lines;
    }

    LockedStdout lockedStdout() {
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
