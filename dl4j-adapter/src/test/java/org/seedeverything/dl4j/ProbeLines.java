package org.seedeverything.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seedeverything.Seeds;
import org.seedeverything.testing.ForkedJvm;

/** Runs a probe in a fresh JVM and reads the {@code key=value} lines it printed. */
final class ProbeLines {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final String printed;

    private ProbeLines(ForkedJvm.Result result) {
        result.assertSuccess();
        printed = result.stdout() + "\nstderr:\n" + result.stderr();
        result.stdout().lines().filter(line -> line.indexOf('=') > 0).forEach(line ->
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    }

    /** Runs {@code probe} with {@code classPath}, the JVM options seeding needs and {@code extraOptions}. */
    static ProbeLines run(String classPath, Class<?> probe, java.util.List<String> extraOptions,
                          String... arguments) {
        return new ProbeLines(ForkedJvm.create().classPath(classPath).options(Seeds.requiredJvmOptions())
                .options(extraOptions).timeoutSeconds(180).run(probe, arguments));
    }

    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new AssertionError("The probe printed no '" + key + "':\n" + printed);
        }
        return value;
    }

    @Override
    public String toString() {
        return printed;
    }
}
