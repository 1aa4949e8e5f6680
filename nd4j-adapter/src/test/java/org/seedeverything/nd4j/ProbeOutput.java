package org.seedeverything.nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.seedeverything.testing.ForkedJvm;

/** The {@code key=value} lines a {@link SeedingProbe} printed, by key. */
final class ProbeOutput {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final String raw;

    ProbeOutput(ForkedJvm.Result result) {
        result.assertSuccess();
        this.raw = result.stdout() + "\nstderr:\n" + result.stderr();
        for (String line : result.stdout().split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
    }

    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new AssertionError("The probe printed no '" + key + "':\n" + raw);
        }
        return value;
    }

    /** All values whose key starts with {@code prefix}, by key. */
    Map<String, String> withPrefix(String prefix) {
        return values.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String toString() {
        return raw;
    }
}
