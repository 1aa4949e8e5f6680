package org.seedeverything.verify;

import java.util.Map;

/**
 * Contributes facts to the environment section of a lock file, e.g. the ND4J backend and its BLAS library.
 *
 * <p>Found with {@link java.util.ServiceLoader} in the program's JVM: list the class in
 * {@code META-INF/services/org.seedeverything.verify.EnvironmentFactSource}. Facts can also be given without code as
 * system properties named {@value #PROPERTY_PREFIX}{@code <key>}. When {@code check} finds drift, changed facts are
 * shown as likely causes, so contribute what can change results (backend, BLAS vendor, CPU features), not what
 * changes every run.
 *
 * @since 0.1
 */
public interface EnvironmentFactSource {
    /** Prefix of system properties copied into the environment section: {@value}. */
    String PROPERTY_PREFIX = "seeds.environment.";

    /** Facts by stable dotted key, e.g. {@code "nd4j.backend" -> "CPU (OpenBLAS 0.3.21)"}; never throws. */
    Map<String, String> facts();
}
