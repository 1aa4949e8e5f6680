package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedeverything.junit.Fixtures.observe;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.seedeverything.fingerprint.FingerprintRecorder;

@DisplayName("Misconfiguration fails with a message naming the annotation, the value and the fix")
class MisconfigurationTest {

    @Test
    @DisplayName("@SeedEverything with two master seeds")
    void twoValues() {
        assertConfigurationFailure(Fixtures.run(TwoValuesFixture.class),
                "@SeedEverything([1, 2])", "gives 2 master seeds", "e.g. @SeedEverything(1)");
    }

    @Test
    @DisplayName("@SeedEverything with both value and text")
    void valueAndText() {
        assertConfigurationFailure(Fixtures.run(ValueAndTextFixture.class),
                "@SeedEverything(value = 1, text = \"2\")", "keep either value or text");
    }

    @Test
    @DisplayName("@SeedEverything with text that is not a seed")
    void badText() {
        assertConfigurationFailure(Fixtures.run(BadTextFixture.class),
                "@SeedEverything(text = \"0xZZ\")", "is not a seed", "@SeedEverything(text = \"0x7e5\")");
    }

    @Test
    @DisplayName("a seeds.master configuration parameter that is not a seed")
    void badConfiguredMaster() {
        assertConfigurationFailure(Fixtures.run(SeedEverythingTest.ThreeTestsFixture.class, "seeds.master", "twenty"),
                "@SeedEverything", "seeds.master is 'twenty'", "-Dseeds.master=2021");
    }

    @Test
    @DisplayName("@DeterminismCheck with fewer than 2 runs")
    void tooFewRuns() {
        assertConfigurationFailure(Fixtures.run(OneRunFixture.class),
                "@DeterminismCheck(runs = 1)", "at least 2 runs", "use runs = 3");
    }

    @Test
    @DisplayName("a seeds.determinism.runs configuration parameter that is not a number of at least 2")
    void badConfiguredRuns() {
        assertConfigurationFailure(Fixtures.run(DeterminismCheckTest.DefaultRunsFixture.class,
                        DeterminismCheck.RUNS_KEY, "many"),
                "@DeterminismCheck", "seeds.determinism.runs is 'many'", "-Dseeds.determinism.runs=3");
    }

    @Test
    @DisplayName("@DeterminismCheck together with @Test on one method")
    void determinismCheckAndTest() {
        assertConfigurationFailure(Fixtures.run(CheckAndTestFixture.class),
                "@DeterminismCheck and @Test", "Remove @Test");
    }

    private static void assertConfigurationFailure(EngineExecutionResults results, String... fragments) {
        List<Throwable> failures = new ArrayList<>(Fixtures.testFailures(results));
        failures.addAll(Fixtures.containerFailures(results));
        Throwable failure = failures.stream().filter(ExtensionConfigurationException.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no ExtensionConfigurationException among " + failures));
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        for (String fragment : fragments) {
            assertTrue(failure.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: "
                    + failure.getMessage());
        }
    }

    @SeedEverything({1, 2})
    static class TwoValuesFixture {
        @Test
        void test() {
            observe("ran", 1);
        }
    }

    static class ValueAndTextFixture {
        @Test
        @SeedEverything(value = 1, text = "2")
        void test() {
            observe("ran", 1);
        }
    }

    static class BadTextFixture {
        @Test
        @SeedEverything(text = "0xZZ")
        void test() {
            observe("ran", 1);
        }
    }

    static class OneRunFixture {
        @DeterminismCheck(runs = 1)
        void check(FingerprintRecorder recorder) {
            recorder.record("x", 1L);
        }
    }

    static class CheckAndTestFixture {
        @Test
        @DeterminismCheck
        void check(FingerprintRecorder recorder) {
            recorder.record("x", 1L);
        }
    }
}
