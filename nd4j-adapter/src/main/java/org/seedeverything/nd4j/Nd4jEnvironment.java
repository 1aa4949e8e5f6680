package org.seedeverything.nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.nd4j.internal.Nd4jDeterminism;

/**
 * The ND4J facts that decide whether two runs can compute the same numbers: backend, BLAS vendor and version,
 * thread counts, helpers, default data types and the environment variables libnd4j reads when it loads. Meant for
 * the environment section of reports and fingerprint manifests.
 *
 * @since 0.1
 */
public final class Nd4jEnvironment {
    /** The value recorded for an environment variable that is not set: {@value}. */
    public static final String UNSET = "(unset)";

    private static final String[] LOAD_TIME_VARIABLES = {
        Nd4jDeterminism.OMP_NUM_THREADS, Nd4jDeterminism.SD_MAX_THREADS, Nd4jDeterminism.SD_MASTER_THREADS,
        Nd4jDeterminism.SD_FORBID_HELPERS, "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"
    };

    private Nd4jEnvironment() {
    }

    /**
     * The facts as an ordered map with stable keys, all prefixed {@code nd4j.}: {@code nd4j.backend},
     * {@code nd4j.blas.vendor}, {@code nd4j.blas.version}, {@code nd4j.threads}, {@code nd4j.threads.master},
     * {@code nd4j.helpers-allowed}, {@code nd4j.dtype.default}, {@code nd4j.dtype.floating-point},
     * {@code nd4j.platform}, and {@code nd4j.env.VARIABLE} for each load-time variable ({@value #UNSET} if not set).
     * Loads ND4J.
     */
    public static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>(LoadTimeFacts.FACTS);
        Environment environment = Nd4j.getEnvironment();
        java.util.Properties information = Nd4j.getExecutioner().getEnvironmentInformation();
        facts.put("nd4j.blas.threads", String.valueOf(information.getOrDefault("blas.threads", "?")));
        facts.put("nd4j.threads", Integer.toString(environment.maxThreads()));
        facts.put("nd4j.threads.master", Integer.toString(environment.maxMasterThreads()));
        facts.put("nd4j.helpers-allowed", Boolean.toString(environment.helpersAllowed()));
        facts.put("nd4j.dtype.default", String.valueOf(Nd4j.dataType()));
        facts.put("nd4j.dtype.floating-point", String.valueOf(Nd4j.defaultFloatingPointType()));
        for (String variable : LOAD_TIME_VARIABLES) {
            String value = System.getenv(variable);
            facts.put("nd4j.env." + variable, value == null ? UNSET : value);
        }
        return facts;
    }

    /**
     * Facts fixed once ND4J has loaded (versions, backend, BLAS, platform), read once: the version needs a jar
     * resource, and {@code Seeds.everything} (e.g. before every seeded test) asks for the facts each time.
     */
    private static final class LoadTimeFacts {
        static final Map<String, String> FACTS = read();

        private static Map<String, String> read() {
            Map<String, String> facts = new LinkedHashMap<>();
            java.util.Properties information = Nd4j.getExecutioner().getEnvironmentInformation();
            facts.put("nd4j.version", nd4jVersion());
            facts.put("nd4j.backend", String.valueOf(information.getOrDefault("backend",
                    Nd4j.getBackend().getClass().getSimpleName())));
            facts.put("nd4j.blas.vendor", String.valueOf(Nd4j.factory().blas().getBlasVendor()));
            facts.put("nd4j.blas.version", blasVersion(Nd4j.getEnvironment()));
            facts.put("nd4j.platform", javacppPlatform());
            return java.util.Collections.unmodifiableMap(facts);
        }
    }

    /**
     * libnd4j reports 0.0.0 for OpenBLAS, so the version comes from the bytedeco OpenBLAS jar's manifest when
     * libnd4j does not know it (the class is looked up without being initialised).
     */
    private static String blasVersion(Environment environment) {
        int major = environment.blasMajorVersion();
        if (major != 0 || environment.blasMinorVersion() != 0 || environment.blasPatchVersion() != 0) {
            return major + "." + environment.blasMinorVersion() + "." + environment.blasPatchVersion();
        }
        try {
            Class<?> openBlas = Class.forName("org.bytedeco.openblas.global.openblas", false,
                    Nd4jEnvironment.class.getClassLoader());
            return versionOf(openBlas);
        } catch (ClassNotFoundException | LinkageError absent) {
            return "?";
        }
    }

    /** nd4j-api has no Implementation-Version; its Maven metadata has the version. */
    private static String nd4jVersion() {
        try (java.io.InputStream metadata = Nd4j.class.getResourceAsStream(
                "/META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (metadata == null) {
                return "?";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(metadata);
            return properties.getProperty("version", "?");
        } catch (java.io.IOException unreadable) {
            return "?";
        }
    }

    private static String javacppPlatform() {
        try {
            return org.bytedeco.javacpp.Loader.getPlatform();
        } catch (RuntimeException | LinkageError absent) {
            return "?";
        }
    }

    private static String versionOf(Class<?> type) {
        Package origin = type.getPackage();
        String version = origin == null ? null : origin.getImplementationVersion();
        return version == null ? "?" : version;
    }
}
