package org.seedeverything.spark.internal;

import java.util.Map;

/** The Spark version on the class path, for reports and manifests, read without starting Spark. */
final class SparkVersion {
    private SparkVersion() {
    }

    private static final Map<String, String> FACTS = read();

    /** {@code spark.version}, or nothing without Spark; read once. */
    static Map<String, String> facts() {
        return FACTS;
    }

    private static Map<String, String> read() {
        try {
            Class<?> type = Class.forName("org.apache.spark.package$", true, SparkVersion.class.getClassLoader());
            Object module = type.getField("MODULE$").get(null);
            Object version = type.getMethod("SPARK_VERSION").invoke(module);
            return Map.of("spark.version", String.valueOf(version));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError absent) {
            return Map.of();
        }
    }
}
