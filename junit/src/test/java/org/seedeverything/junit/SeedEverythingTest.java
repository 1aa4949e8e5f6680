package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.seedeverything.junit.Fixtures.observe;
import static org.seedeverything.junit.Fixtures.observed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.seedeverything.Isolation;
import org.seedeverything.Seeds;

@DisplayName("@SeedEverything")
class SeedEverythingTest {
    private static final Pattern REPRODUCE_MASTER = Pattern.compile("-Dseeds\\.master=(-?\\d+)");

    @Test
    @DisplayName("derives each test's seed from the master and the test's unique id, and seeds everything with it")
    void testSeedIsTheDerivationOfMasterAndUniqueId() {
        Fixtures.assertAllSucceeded(Fixtures.run(ThreeTestsFixture.class, "seeds.master", "2021"));

        for (String test : List.of("alpha", "beta", "gamma")) {
            long expectedSeed = Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:"
                    + ThreeTestsFixture.class.getName() + "]/[method:" + test + "(long)]");
            assertEquals(List.of(expectedSeed), observed(test + ".seed"), test);
            assertEquals(List.of(mathRandomAfterSeeding(expectedSeed)), observed(test + ".math"), test);
        }
    }

    @Test
    @DisplayName("gives a test the same values whichever other tests run, and in whatever order")
    void testValuesDoNotDependOnOtherTestsOrOrder() {
        Fixtures.assertAllSucceeded(Fixtures.run(ThreeTestsFixture.class, "seeds.master", "2021",
                "junit.jupiter.testmethod.order.default", MethodOrderer.MethodName.class.getName()));
        Map<String, List<Object>> alphabetical = Fixtures.observedAll();
        assertEquals(List.of("alpha", "beta", "gamma"), alphabetical.get("order"));

        Fixtures.assertAllSucceeded(Fixtures.run(ThreeTestsFixture.class, "seeds.master", "2021",
                "junit.jupiter.testmethod.order.default", ReverseMethodName.class.getName()));
        Map<String, List<Object>> reversed = Fixtures.observedAll();
        assertEquals(List.of("gamma", "beta", "alpha"), reversed.get("order"));

        Fixtures.assertAllSucceeded(Fixtures.run(
                List.of(selectMethod(ThreeTestsFixture.class, "beta", "long")), "seeds.master", "2021"));
        Map<String, List<Object>> alone = Fixtures.observedAll();
        assertEquals(List.of("beta"), alone.get("order"));

        for (String key : List.of("beta.seed", "beta.math", "beta.stream")) {
            assertEquals(alphabetical.get(key), reversed.get(key), key + " after reordering");
            assertEquals(alphabetical.get(key), alone.get(key), key + " with the other tests removed");
        }
        for (String key : List.of("alpha.seed", "alpha.math", "gamma.seed", "gamma.math")) {
            assertEquals(alphabetical.get(key), reversed.get(key), key + " after reordering");
        }
        assertNotEquals(alphabetical.get("alpha.math"), alphabetical.get("beta.math"), "tests get their own values");
    }

    @Test
    @DisplayName("adds a line to paste to a failing test: Reproduce with: mvn test -Dtest=... -Dseeds.master=...")
    void failingTestCarriesTheReproduceLine() {
        EngineExecutionResults results = Fixtures.run(FailingFixture.class, "seeds.master", "2021");

        Throwable failure = Fixtures.onlyTestFailure(results);
        assertEquals("boom", failure.getMessage(), "the test's own failure stays the failure");
        String hint = reproduceHint(failure);
        assertEquals("Reproduce with: mvn test -Dtest='SeedEverythingTest$FailingFixture#failsAfterDrawing'"
                + " -Dseeds.master=2021", hint.lines().findFirst().orElseThrow());
        assertTrue(results.allEvents().reportingEntryPublished().stream()
                .flatMap(event -> event.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).stream())
                .anyMatch(entry -> entry.getKeyValuePairs().get("seeds.reproduce").equals(
                        hint.lines().findFirst().orElseThrow())), "the line is also a report entry");
    }

    @Test
    @DisplayName("re-running with the master of the reproduce line gives the failing test the same values")
    void reproduceLineReproducesTheValues() {
        assumeTrue(System.getenv(Seeds.MASTER_ENVIRONMENT_VARIABLE) == null, "needs a fresh master per run");
        Throwable firstFailure = Fixtures.onlyTestFailure(Fixtures.run(FailingFixture.class));
        Map<String, List<Object>> first = Fixtures.observedAll();
        String master = masterOf(reproduceHint(firstFailure));

        Fixtures.onlyTestFailure(Fixtures.run(FailingFixture.class, "seeds.master", master));
        assertEquals(first, Fixtures.observedAll());

        Fixtures.onlyTestFailure(Fixtures.run(FailingFixture.class, "seeds.master",
                Long.toString(Long.parseLong(master) + 1)));
        assertNotEquals(first.get("draw"), Fixtures.observedAll().get("draw"), "another master, other values");
    }

    @Test
    @DisplayName("reads the master from the system property seeds.master when no configuration parameter is set")
    void readsTheSystemProperty() {
        String previous = System.getProperty(Seeds.MASTER_PROPERTY);
        System.setProperty(Seeds.MASTER_PROPERTY, "0x7e5");
        try {
            Fixtures.assertAllSucceeded(Fixtures.run(List.of(selectMethod(ThreeTestsFixture.class, "alpha",
                    "long"))));
        } finally {
            if (previous == null) {
                System.clearProperty(Seeds.MASTER_PROPERTY);
            } else {
                System.setProperty(Seeds.MASTER_PROPERTY, previous);
            }
        }
        assertEquals(List.of(Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:"
                + ThreeTestsFixture.class.getName() + "]/[method:alpha(long)]")), observed("alpha.seed"));
    }

    @Test
    @DisplayName("without a master draws a fresh one per run, prints it once, and seeds every test from it")
    void freshMasterIsPrintedOnce() {
        assumeTrue(System.getenv(Seeds.MASTER_ENVIRONMENT_VARIABLE) == null, "needs a fresh master per run");
        assumeTrue(System.getProperty(Seeds.MASTER_PROPERTY) == null, "needs a fresh master per run");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Fixtures.assertAllSucceeded(Fixtures.run(ThreeTestsFixture.class));
        } finally {
            System.setOut(original);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("seed-everything:")).toList();
        assertEquals(1, lines.size(), () -> "printed " + lines);
        long master = Long.parseLong(masterOf(lines.get(0)));
        for (String test : List.of("alpha", "beta", "gamma")) {
            assertEquals(List.of(Seeds.deriveFor(master, "[engine:junit-jupiter]/[class:"
                    + ThreeTestsFixture.class.getName() + "]/[method:" + test + "(long)]")), observed(test + ".seed"));
        }
    }

    @Test
    @DisplayName("takes a fixed master from the nearest annotation before the configuration, in decimal or hex")
    void fixedMasterOnTheNearestAnnotationWins() {
        Fixtures.assertAllSucceeded(Fixtures.run(FixedMasterFixture.class, "seeds.master", "99"));

        String classId = "[engine:junit-jupiter]/[class:" + FixedMasterFixture.class.getName() + "]";
        assertEquals(List.of(Seeds.deriveFor(2021, classId + "/[method:fromTheClass(long)]")),
                observed("fromTheClass"));
        assertEquals(List.of(Seeds.deriveFor(7, classId + "/[method:fromTheMethod(long)]")),
                observed("fromTheMethod"));
        assertEquals(List.of(Seeds.deriveFor(0x7e5, classId + "/[method:fromHexText(long)]")),
                observed("fromHexText"));
    }

    @Test
    @DisplayName("seeds a single annotated method of a @Nested class, and names the nested class in the reproduce line")
    void annotatedMethodInNestedClass() {
        Throwable failure = Fixtures.onlyTestFailure(Fixtures.run(NestedFixture.class, "seeds.master", "2021"));

        assertEquals(List.of(Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:" + NestedFixture.class.getName()
                + "]/[nested-class:Inner]/[method:seededAndFailing(long)]")), observed("nested.seed"));
        assertEquals("Reproduce with: mvn test -Dtest='SeedEverythingTest$NestedFixture$Inner#seededAndFailing'"
                + " -Dseeds.master=2021", reproduceHint(failure).lines().findFirst().orElseThrow());
        assertEquals(List.of("ran"), observed("plain"), "the unannotated test of the class runs as usual");
    }

    /** Independent route: seed directly with the expected test seed and draw. */
    @SuppressWarnings("try") // the scope only restores state when it closes
    private static double mathRandomAfterSeeding(long testSeed) {
        try (Isolation ignored = Seeds.isolate()) {
            Seeds.builder().master(testSeed).log(false).apply();
            return Math.random();
        }
    }

    static String reproduceHint(Throwable failure) {
        return Arrays.stream(failure.getSuppressed())
                .filter(suppressed -> suppressed.getClass().getSimpleName().equals("ReproduceHint"))
                .map(Throwable::getMessage)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reproduce hint on " + failure, failure));
    }

    private static String masterOf(String text) {
        Matcher matcher = REPRODUCE_MASTER.matcher(text);
        assertTrue(matcher.find(), () -> "no -Dseeds.master in: " + text);
        return matcher.group(1);
    }

    /** Runs test methods in reverse alphabetical order. */
    static final class ReverseMethodName implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(
                    Comparator.comparing((MethodDescriptor descriptor) -> descriptor.getMethod().getName()).reversed());
        }
    }

    @SeedEverything
    static class ThreeTestsFixture {
        @Test
        void alpha(@TestSeed long seed) {
            observeDraws("alpha", seed);
        }

        @Test
        void beta(@TestSeed long seed) {
            observeDraws("beta", seed);
        }

        @Test
        void gamma(@TestSeed long seed) {
            observeDraws("gamma", seed);
        }

        private static void observeDraws(String test, long seed) {
            observe("order", test);
            observe(test + ".seed", seed);
            observe(test + ".math", Math.random());
            observe(test + ".stream", Seeds.stream("data").nextLong());
        }
    }

    @SeedEverything
    static class FailingFixture {
        @Test
        void failsAfterDrawing(UniformRandomProvider random) {
            observe("draw", random.nextLong());
            observe("math", Math.random());
            fail("boom");
        }
    }

    static class NestedFixture {
        @Test
        void plain() {
            observe("plain", "ran");
        }

        @org.junit.jupiter.api.Nested
        class Inner {
            @Test
            @SeedEverything
            void seededAndFailing(@TestSeed long seed) {
                observe("nested.seed", seed);
                fail("nested failure");
            }
        }
    }

    @SeedEverything(2021)
    static class FixedMasterFixture {
        @Test
        void fromTheClass(@TestSeed long seed) {
            observe("fromTheClass", seed);
        }

        @Test
        @SeedEverything(7)
        void fromTheMethod(@TestSeed long seed) {
            observe("fromTheMethod", seed);
        }

        @Test
        @SeedEverything(text = "0x7e5")
        void fromHexText(@TestSeed long seed) {
            observe("fromHexText", seed);
        }
    }
}
