package org.seedeverything.dl4j;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The test JVM's class path with seed-everything modules left out, and the agent jar the build hands over. */
final class ClassPaths {
    private ClassPaths() {
    }

    /** This JVM's class path without the DL4J adapter's own classes (its tests and everything else stay). */
    static String withoutDl4jAdapter() {
        return without(entry -> isModuleOutput(entry, "dl4j-adapter", "seed-everything-dl4j"));
    }

    /** This JVM's class path without the DL4J and ND4J adapters: an application that knows nothing of us. */
    static String withoutAdapters() {
        return without(entry -> isModuleOutput(entry, "dl4j-adapter", "seed-everything-dl4j")
                || isModuleOutput(entry, "nd4j-adapter", "seed-everything-nd4j"));
    }

    /** The agent jar named by {@code -Dseeds.agent.jar} (set by this module's POM). */
    static Path agentJar() {
        String named = System.getProperty("seeds.agent.jar");
        if (named == null || !Files.isRegularFile(Path.of(named))) {
            throw new AssertionError("The agent jar '" + named + "' does not exist; build it first:"
                    + " mvn -pl dl4j-adapter -am verify (the agent module packages it)");
        }
        return Path.of(named).toAbsolutePath();
    }

    private static boolean isModuleOutput(String entry, String moduleDirectory, String artifact) {
        Path path = Path.of(entry);
        String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean classes = fileName.equals("classes") && path.getParent() != null
                && path.getParent().getParent() != null
                && path.getParent().getParent().getFileName().toString().equals(moduleDirectory);
        return classes || (fileName.startsWith(artifact + "-") && !fileName.contains("tests"));
    }

    private static String without(Predicate<String> excluded) {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> kept = entries.stream().filter(excluded.negate()).collect(Collectors.toList());
        if (kept.size() == entries.size()) {
            throw new AssertionError("Nothing to leave out of the class path " + entries);
        }
        return String.join(File.pathSeparator, kept);
    }
}
