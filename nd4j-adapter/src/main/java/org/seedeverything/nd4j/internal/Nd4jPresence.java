package org.seedeverything.nd4j.internal;

import org.seedeverything.spi.TargetSupport;

/**
 * Whether ND4J's classes are on the class path, decided without initialising {@code Nd4j}: initialising it loads
 * the native backend, which takes seconds and must only happen when ND4J is really used.
 */
public final class Nd4jPresence {
    private static final String ND4J_CLASS = "org.nd4j.linalg.factory.Nd4j";

    private static volatile Boolean present;

    private Nd4jPresence() {
    }

    /** True when {@code org.nd4j.linalg.factory.Nd4j} can be found; the class is loaded but not initialised. */
    public static boolean isPresent() {
        Boolean known = present;
        if (known == null) {
            known = TargetSupport.isPresent(ND4J_CLASS, Nd4jPresence.class.getClassLoader());
            present = known;
        }
        return known;
    }

    /**
     * True when ND4J's natives are loaded, i.e. ND4J has been used in this JVM. Before that no thread has an ND4J
     * generator, so there is no state to capture. Asks javacpp's loader, which loads nothing itself.
     */
    public static boolean isLoaded() {
        if (!isPresent()) {
            return false;
        }
        try {
            return org.bytedeco.javacpp.Loader.getLoadedLibraries().keySet().stream()
                    .anyMatch(library -> library.contains("nd4j"));
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    /** The fix to show when ND4J's classes or natives are missing on this platform. */
    public static String installHint() {
        return "add an ND4J backend: org.nd4j:nd4j-native:1.0.0-M2.1 and its natives for this platform (the same"
                + " artifact with classifier " + platformGuess() + "), or nd4j-cuda-11.6 for CUDA; see the ND4J guide";
    }

    private static String platformGuess() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        String osPart = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") ? "arm64" : arch;
        return osPart + "-" + archPart;
    }
}
