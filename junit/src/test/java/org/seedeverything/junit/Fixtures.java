package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture classes through the Jupiter engine, the way JUnit tests its own extensions, and collects what the
 * fixtures observed. Fixtures are static nested classes: Surefire skips them ({@code **}{@code /*$*} is excluded by
 * default) and the Jupiter engine never discovers them from their outer class.
 */
final class Fixtures {
    private static final Map<String, List<Object>> OBSERVED = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** Runs every test of {@code fixture} with the given configuration parameters (key, value, key, value...). */
    static EngineExecutionResults run(Class<?> fixture, String... configuration) {
        return run(List.of(selectClass(fixture)), configuration);
    }

    /** Runs the selected tests with the given configuration parameters (key, value, key, value...). */
    static EngineExecutionResults run(List<? extends DiscoverySelector> selectors, String... configuration) {
        OBSERVED.clear();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < configuration.length; i += 2) {
            parameters.put(configuration[i], configuration[i + 1]);
        }
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectors.toArray(DiscoverySelector[]::new))
                .configurationParameters(parameters)
                .execute();
    }

    /** Called by fixtures: remembers {@code value} under {@code key} in the order observed. */
    static void observe(String key, Object value) {
        OBSERVED.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(value);
    }

    /** What fixtures observed under {@code key} during the last run. */
    static List<Object> observed(String key) {
        List<Object> values = OBSERVED.get(key);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A copy of everything observed during the last run. */
    static Map<String, List<Object>> observedAll() {
        Map<String, List<Object>> copy = new java.util.TreeMap<>();
        OBSERVED.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return copy;
    }

    /** The throwables of the failed tests of a run. */
    static List<Throwable> testFailures(EngineExecutionResults results) {
        return failures(results.testEvents().failed().stream().toList());
    }

    /** The throwables of the failed containers (classes, templates) of a run. */
    static List<Throwable> containerFailures(EngineExecutionResults results) {
        return failures(results.containerEvents().failed().stream().toList());
    }

    /** The one failure of a run that must have failed exactly one test. */
    static Throwable onlyTestFailure(EngineExecutionResults results) {
        List<Throwable> failures = testFailures(results);
        assertEquals(1, failures.size(), () -> "expected exactly one failed test, got " + failures);
        return failures.get(0);
    }

    /** Asserts that every test of the run succeeded, showing the failures otherwise. */
    static void assertAllSucceeded(EngineExecutionResults results) {
        List<Throwable> failures = new ArrayList<>(testFailures(results));
        failures.addAll(containerFailures(results));
        assertTrue(failures.isEmpty(), () -> "expected no failures, got " + failures);
        assertTrue(results.testEvents().succeeded().count() > 0, "expected at least one test to run");
    }

    private static List<Throwable> failures(List<Event> events) {
        List<Throwable> throwables = new ArrayList<>();
        for (Event event : events) {
            event.getPayload(TestExecutionResult.class)
                    .flatMap(TestExecutionResult::getThrowable)
                    .ifPresent(throwables::add);
        }
        return throwables;
    }
}
