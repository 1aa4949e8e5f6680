package org.seedeverything.dl4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
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
    static ProbeLines run(String classPath, Class<?> probe, List<String> extraOptions,
                          String... arguments) {
        return new ProbeLines(ForkedJvm.create().classPath(classPath).options(Seeds.requiredJvmOptions())
                .options(extraOptions).timeoutSeconds(180).run(probe, arguments));
    }

    /**
     * Runs the probes two at a time (the test machines have two cores; each child trains for seconds) and returns
     * their outputs in order.
     */
    static List<ProbeLines> runTwoAtATime(List<Supplier<ProbeLines>> probes) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ProbeLines>> running = new ArrayList<>();
            for (Supplier<ProbeLines> probe : probes) {
                running.add(pool.submit(probe::get));
            }
            List<ProbeLines> results = new ArrayList<>();
            for (Future<ProbeLines> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the probes ran", e);
        } catch (ExecutionException e) {
            throw new AssertionError("A probe failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
