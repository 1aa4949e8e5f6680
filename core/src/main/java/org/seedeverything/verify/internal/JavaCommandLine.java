package org.seedeverything.verify.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The arguments one would give {@code java}, split into JVM options, class path, main class (or jar) and program
 * arguments, so that the verifier can add options and run the main class under the seeding launcher.
 */
public final class JavaCommandLine {
    /** JVM options whose value is the next argument. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p",
            "--module-path", "--upgrade-module-path", "--add-modules", "--add-opens", "--add-exports", "--add-reads",
            "--patch-module", "--limit-modules", "--enable-native-access", "--source");
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    private final List<String> jvmOptions;
    private final String classPath;
    private final String mainClass;
    private final String jar;
    private final List<String> programArguments;

    private JavaCommandLine(List<String> jvmOptions, String classPath, String mainClass, String jar,
                            List<String> programArguments) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classPath = classPath;
        this.mainClass = mainClass;
        this.jar = jar;
        this.programArguments = List.copyOf(programArguments);
    }

    /**
     * Splits java arguments such as {@code -Xmx1g -cp app.jar com.example.Main arg}.
     *
     * @throws IllegalArgumentException when no main class, {@code -jar} or {@code -m} is given
     */
    public static JavaCommandLine parse(List<String> arguments) {
        List<String> options = new ArrayList<>();
        String classPath = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-jar")) {
                String jar = valueAfter(arguments, i);
                return new JavaCommandLine(options, classPath, null, jar, arguments.subList(i + 2, arguments.size()));
            }
            if (argument.equals("-m") || argument.equals("--module") || argument.startsWith("--module=")) {
                throw new IllegalArgumentException("The java arguments " + arguments + " start a module ('"
                        + argument + "'); the verifier needs a class path program: use -cp <path> <main class>"
                        + " or -jar <jar>");
            }
            if (OPTIONS_WITH_VALUE.contains(argument)) {
                String value = valueAfter(arguments, i);
                if (CLASS_PATH_OPTIONS.contains(argument)) {
                    classPath = value;
                } else {
                    options.add(argument);
                    options.add(value);
                }
                i++;
            } else if (argument.startsWith("--class-path=")) {
                classPath = argument.substring("--class-path=".length());
            } else if (argument.startsWith("-")) {
                options.add(argument);
            } else {
                return new JavaCommandLine(options, classPath, argument, null,
                        arguments.subList(i + 1, arguments.size()));
            }
        }
        throw new IllegalArgumentException("The java arguments " + arguments + " name no main class; give what you"
                + " would pass to java, e.g. -cp app.jar com.example.Main arg, or -jar app.jar");
    }

    private static String valueAfter(List<String> arguments, int index) {
        if (index + 1 >= arguments.size()) {
            throw new IllegalArgumentException("The java option '" + arguments.get(index) + "' in " + arguments
                    + " needs a value after it");
        }
        return arguments.get(index + 1);
    }

    /** JVM options other than the class path, in their order. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The class path the program runs with: {@code -cp}, else the jar, else {@code CLASSPATH}, else ".". */
    public String effectiveClassPath() {
        if (jar != null) {
            return classPath == null ? jar : jar + File.pathSeparator + classPath;
        }
        if (classPath != null) {
            return classPath;
        }
        String environment = System.getenv("CLASSPATH");
        return environment == null || environment.isEmpty() ? "." : environment;
    }

    /** The main class, read from the jar's manifest for {@code -jar}. */
    public String mainClass() {
        if (mainClass != null) {
            return mainClass;
        }
        try (JarFile file = new JarFile(jar)) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            if (name == null) {
                throw new IllegalArgumentException("The jar '" + jar + "' has no Main-Class in its manifest; give"
                        + " the main class explicitly: -cp " + jar + " com.example.Main");
            }
            return name.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the manifest of '" + jar + "': " + e.getMessage(), e);
        }
    }

    /** The arguments after the main class. */
    public List<String> programArguments() {
        return programArguments;
    }

    /** The original command line: options, class path and main class or jar, then the program arguments. */
    public List<String> toArguments() {
        List<String> arguments = new ArrayList<>(jvmOptions);
        if (classPath != null) {
            arguments.add("-cp");
            arguments.add(classPath);
        }
        if (jar != null) {
            arguments.add("-jar");
            arguments.add(jar);
        } else {
            arguments.add(mainClass);
        }
        arguments.addAll(programArguments);
        return arguments;
    }

    /**
     * The same program run through {@code launcherClass} (which takes {@code launcherArguments}, then the main class
     * and its arguments), with {@code extraClassPath} appended so the launcher is found.
     */
    public List<String> throughLauncher(String launcherClass, List<String> launcherArguments, Path extraClassPath) {
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.add("-cp");
        arguments.add(effectiveClassPath() + File.pathSeparator + extraClassPath);
        arguments.add(launcherClass);
        arguments.addAll(launcherArguments);
        arguments.add(mainClass());
        arguments.addAll(programArguments);
        return arguments;
    }

    /** The class path entries that exist, for listing library versions. */
    public List<Path> classPathEntries() {
        List<Path> entries = new ArrayList<>();
        for (String entry : effectiveClassPath().split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            }
        }
        return Collections.unmodifiableList(entries);
    }
}
