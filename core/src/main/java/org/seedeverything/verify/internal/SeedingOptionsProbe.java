package org.seedeverything.verify.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedeverything.Seeds;

/**
 * The JVM options seeding needs on a given JDK ({@code --add-opens} flags differ between JDK lines). For the JDK
 * running the verifier they are known in-process; for another JDK this class runs as a main class on it and prints
 * them, one argument per line.
 */
public final class SeedingOptionsProbe {
    private static final Map<Path, List<String>> CACHE = new ConcurrentHashMap<>();

    private SeedingOptionsProbe() {
    }

    /**
     * Writes {@link Seeds#requiredJvmOptions()} of this JVM as separate arguments, one per line, to the file named
     * by the first argument (not to stdout, where JVM options may print too).
     */
    public static void main(String[] arguments) throws java.io.IOException {
        Files.writeString(Path.of(arguments[0]), String.join("\n", splitOptions(Seeds.requiredJvmOptions())) + "\n",
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The options for {@code java}, asking that JDK when it is not the one running this code. */
    public static List<String> optionsFor(Path java, Path ownLocation, Duration timeout) {
        Path current = Path.of(System.getProperty("java.home"), "bin", "java");
        if (sameFile(java, current) || sameFile(java, Path.of(current + ".exe"))) {
            return splitOptions(Seeds.requiredJvmOptions());
        }
        Duration limit = timeout == null ? Duration.ofMinutes(1) : timeout;
        return CACHE.computeIfAbsent(java.toAbsolutePath(), key -> ask(java, ownLocation, limit));
    }

    /** Runs this class on {@code java} and reads the options it prints. */
    static List<String> ask(Path java, Path ownLocation, Duration timeout) {
        Path directory = TemporaryDirectories.create("seed-everything-options-");
        try {
            String classPath = ownLocation + File.pathSeparator + System.getProperty("java.class.path");
            Path answer = directory.resolve("options.txt");
            String output = ProgramRunner.probe(List.of(java.toString(), "-cp", classPath,
                    SeedingOptionsProbe.class.getName(), answer.toString()), directory, answer, timeout);
            return output.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
        } finally {
            TemporaryDirectories.delete(directory);
        }
    }

    /** Splits flags such as {@code "--add-opens java.base/java.lang=ALL-UNNAMED"} into separate arguments. */
    static List<String> splitOptions(List<String> options) {
        List<String> arguments = new ArrayList<>();
        for (String option : options) {
            arguments.addAll(List.of(option.trim().split("\\s+")));
        }
        return arguments;
    }

    private static boolean sameFile(Path first, Path second) {
        try {
            return Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
