package org.seedeverything.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.agent.fixtures.AuditedProgram;
import org.seedeverything.agent.fixtures.StrictProgram;
import org.seedeverything.internal.Json;
import org.seedeverything.testing.ForkedJvm;

/** Modes audit, warn and strict name each unseeded call site, as the JVM itself names it, in fresh JVMs. */
class WatchModesIT {
    @Test
    void auditCountsEachUnseededCallSiteAndNothingSeededOrInternal(@TempDir Path directory) throws IOException {
        Path report = directory.resolve("unseeded.json");
        ForkedJvm.Result result = AgentRuns.noAddOpens(AgentRuns.withAgent("mode=audit,report=" + report)
                .run(AuditedProgram.class)).assertSuccess();
        Map<String, Long> expected = expectedCounts(result.stdout());

        // Only the fixture's own sites are compared: libraries may have call sites of their own (Commons RNG
        // creates a SecureRandom when it first seeds itself), and those are reported too.
        List<String> reported = reportLines(result.stderr()).stream()
                .filter(line -> line.contains(" at " + AuditedProgram.class.getName() + ".")).toList();
        List<String> expectedLines = new ArrayList<>();
        expected.forEach((site, count) -> expectedLines.add(count + " x " + site));
        assertEquals(expectedLines.stream().sorted().toList(), reported.stream().sorted().toList(),
                result.stderr());
        assertTrue(reported.contains("3 x new java.util.Random() at " + siteOf(expected, "new java.util.Random()")));

        Map<String, Object> json = Json.parseObject(Files.readString(report, StandardCharsets.UTF_8));
        assertEquals("audit", json.get("mode"));
        Map<String, Long> fromJson = new LinkedHashMap<>();
        for (Object entry : (List<?>) json.get("uses")) {
            Map<?, ?> use = (Map<?, ?>) entry;
            if (!String.valueOf(use.get("site")).startsWith(AuditedProgram.class.getName() + ".")) {
                continue;
            }
            fromJson.put(use.get("source") + " at " + use.get("site"), (Long) use.get("count"));
        }
        assertEquals(expected, fromJson);
    }

    @Test
    void auditChangesNothing() {
        String first = AgentRuns.withAgent("mode=audit").run(org.seedeverything.agent.fixtures.EveryUnseededSource.class)
                .assertSuccess().stdout();
        String second = AgentRuns.withAgent("mode=audit").run(org.seedeverything.agent.fixtures.EveryUnseededSource.class)
                .assertSuccess().stdout();

        assertNotEquals(first.lines().findFirst(), second.lines().findFirst(), "new Random() was seeded in audit");
    }

    @Test
    void strictFailsAtTheFirstUnseededUseNamingItsCallSite() {
        ForkedJvm.Result result = AgentRuns.noAddOpens(AgentRuns.withAgent("mode=strict").run(StrictProgram.class));

        assertNotEquals(0, result.exitCode());
        assertTrue(result.stdout().contains("seeded: "), result.stdout());
        assertFalse(result.stdout().contains("after the unseeded use"), result.stdout());
        String site = siteOf(expectedCounts(result.stdout()), "new java.util.Random()");
        assertTrue(result.stderr().contains(UnseededRandomnessException.class.getName()
                + ": Unseeded new java.util.Random() at " + site), result.stderr());
        assertTrue(result.stderr().contains("Fix: seed it: new Random(Seeds.derive("), result.stderr());
    }

    @Test
    void warnLogsEachCallSiteOnceAndLetsTheProgramRun() {
        ForkedJvm.Result result = AgentRuns.withAgent("mode=warn").run(AuditedProgram.class).assertSuccess();
        String site = siteOf(expectedCounts(result.stdout()), "new java.util.Random()");

        String warning = "WARNING: unseeded new java.util.Random() at " + site;
        assertEquals(1, result.stderr().lines().filter(line -> line.contains(warning)).count(), result.stderr());
    }

    /** {@code "<label> at <site>" -> count}, from the fixture's {@code SITE label|site} lines. */
    private static Map<String, Long> expectedCounts(String stdout) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("SITE ")) {
                String[] parts = line.substring("SITE ".length()).split("\\|");
                counts.merge(parts[0] + " at " + parts[1], 1L, Long::sum);
            }
        }
        return counts;
    }

    private static String siteOf(Map<String, Long> expected, String label) {
        return expected.keySet().stream().filter(key -> key.startsWith(label + " at ")).findFirst()
                .map(key -> key.substring(label.length() + " at ".length()))
                .orElseThrow(() -> new AssertionError("the fixture announced no " + label));
    }

    /** The {@code N x ...} lines of the exit report. */
    private static List<String> reportLines(String stderr) {
        return stderr.lines().map(String::trim).filter(line -> line.matches("\\d+ x .+")).toList();
    }
}
