package org.seedeverything.spark.internal;

import java.util.Map;

/** The Spark version on the class path, for reports and manifests, read without starting Spark. */
final class SparkVersion {
    private SparkVersion() {
    }

    static Map<String, String> facts() {
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
