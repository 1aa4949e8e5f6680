package org.seedeverything.verify.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedeverything.internal.targets.TargetCatalogue;
import org.seedeverything.internal.Json;
import org.seedeverything.verify.LockFile;

/**
 * Collects the environment section of a lock file. Run as a main class in a JVM configured like the program (same
 * {@code java}, cores, options and class path), it prints the facts as a JSON object: the JVM and machine facts with
 * those contributed by {@code SeedTarget.environmentFacts()} (e.g. the ND4J backend), library versions from the class
 * path, and system properties named {@code seeds.environment.<key>}.
 */
public final class EnvironmentProbe {
    private static final Pattern VERSIONED_JAR = Pattern.compile("(.+?)-(\\d[\\w.\\-]*)\\.jar");

    private EnvironmentProbe() {
    }

    /**
     * Writes {@link #collect()} as JSON to the file named by the first argument (not to stdout, where JVM options
     * such as {@code --show-version} print too).
     */
    public static void main(String[] arguments) throws java.io.IOException {
        Files.writeString(Path.of(arguments[0]), Json.write(collect()), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** JVM, machine and target facts, library versions from the class path, and property facts. */
    public static Map<String, String> collect() {
        Map<String, String> facts = new java.util.LinkedHashMap<>(TargetCatalogue.environmentFacts());
        facts.putAll(libraries(System.getProperty("java.class.path", "")));
        for (String name : new java.util.TreeSet<>(System.getProperties().stringPropertyNames())) {
            if (name.startsWith(LockFile.ENVIRONMENT_PROPERTY_PREFIX)) {
                facts.put(name.substring(LockFile.ENVIRONMENT_PROPERTY_PREFIX.length()), System.getProperty(name));
            }
        }
        return facts;
    }

    /** {@code library.<name>} to version for every jar on the class path, sorted by name. */
    static Map<String, String> libraries(String classPath) {
        Map<String, String> libraries = new TreeMap<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry.isEmpty() ? "." : entry);
            String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
            if (!fileName.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            Matcher versioned = VERSIONED_JAR.matcher(fileName);
            String name = versioned.matches() ? versioned.group(1) : fileName.substring(0, fileName.length() - 4);
            String version = versioned.matches() ? versioned.group(2) : manifestVersion(path);
            libraries.put("library." + name, version);
        }
        return libraries;
    }

    private static String manifestVersion(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest != null) {
                Attributes main = manifest.getMainAttributes();
                for (String key : new String[] {"Implementation-Version", "Bundle-Version"}) {
                    if (main.getValue(key) != null) {
                        return main.getValue(key);
                    }
                }
            }
            return "unknown";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
