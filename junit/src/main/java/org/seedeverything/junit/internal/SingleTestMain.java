package org.seedeverything.junit.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test, selected by its unique id, through the JUnit Platform launcher: the child JVM of a forked
 * determinism check. Not an API.
 *
 * <pre>java -cp ... org.seedeverything.junit.internal.SingleTestMain UNIQUE_ID [key=value ...]</pre>
 * Each {@code key=value} is a configuration parameter. Exit code 0: every selected test passed; 1: a test or
 * container failed (the failures are printed); 2: bad arguments or nothing matched the id.
 */
public final class SingleTestMain {
    private static final int STACK_TRACE_LINES = 25;

    private SingleTestMain() {
    }

    /** Runs the test named by {@code arguments[0]} with the configuration parameters that follow. */
    public static void main(String[] arguments) {
        System.exit(run(arguments));
    }

    static int run(String[] arguments) {
        if (arguments.length == 0) {
            System.err.println("Usage: SingleTestMain UNIQUE_ID [key=value ...]");
            return 2;
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        for (int i = 1; i < arguments.length; i++) {
            int equals = arguments[i].indexOf('=');
            if (equals <= 0) {
                System.err.println("Configuration parameter '" + arguments[i] + "' is not key=value");
                return 2;
            }
            configuration.put(arguments[i].substring(0, equals), arguments[i].substring(equals + 1));
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(arguments[0]))
                .configurationParameters(configuration)
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (summary.getTotalFailureCount() > 0) {
            summary.printFailuresTo(err, STACK_TRACE_LINES);
            return 1;
        }
        if (summary.getTestsSucceededCount() == 0) {
            err.println("No test ran for unique id " + arguments[0]);
            summary.printTo(err);
            return 2;
        }
        return 0;
    }
}
