package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedeverything.junit.Fixtures.observe;
import static org.seedeverything.junit.Fixtures.observed;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

@DisplayName("@SeedEverything parameters")
class SeedParametersTest {
    private static final String CLASS_ID = "[engine:junit-jupiter]/[class:" + ParametersFixture.class.getName() + "]";

    @Test
    @DisplayName("are derived from the test seed: the same on every run, different for another master")
    void parametersAreReproducible() {
        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2021"));
        Map<String, List<Object>> first = Fixtures.observedAll();
        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2021"));
        assertEquals(first, Fixtures.observedAll());

        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2022"));
        Map<String, List<Object>> other = Fixtures.observedAll();
        for (String key : List.of("first", "second", "restorable", "random")) {
            assertNotEquals(first.get(key), other.get(key), key);
        }
    }

    @Test
    @DisplayName("give each generator parameter its own stream")
    void generatorParametersAreIndependent() {
        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2021"));

        assertNotEquals(observed("first"), observed("second"));
        assertNotEquals(observed("first"), observed("restorable"));
    }

    @Test
    @DisplayName("inject the test seed, the report of the seeding, and the same seed into @BeforeEach methods")
    void seedAndReportAreTheTestsOwn() {
        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2021"));

        long expected = Seeds.deriveFor(2021, CLASS_ID + "/[method:draws(org.apache.commons.rng"
                + ".UniformRandomProvider, org.apache.commons.rng.UniformRandomProvider, org.apache.commons.rng"
                + ".RestorableUniformRandomProvider, java.util.Random, org.seedeverything.SeedReport, long)]");
        assertEquals(List.of(expected), observed("seed"));
        assertEquals(List.of(expected), observed("report.master"), "the report is of the seeding with the test seed");
        assertEquals(List.of(expected), observed("beforeEach.seed"));
    }

    @Test
    @DisplayName("seed @BeforeAll methods from the class's own seed when the class is annotated")
    void beforeAllIsSeededFromTheClassSeed() {
        Fixtures.assertAllSucceeded(Fixtures.run(ParametersFixture.class, "seeds.master", "2021"));

        assertEquals(List.of(Seeds.deriveFor(2021, CLASS_ID)), observed("beforeAll.seed"));
    }

    @Test
    @DisplayName("refuse @TestSeed on a parameter that is not a long, naming the parameter and the fix")
    void testSeedMustBeLong() {
        Throwable failure = Fixtures.onlyTestFailure(Fixtures.run(WrongTypeFixture.class, "seeds.master", "1"));

        assertInstanceOf(ParameterResolutionException.class, failure);
        assertTrue(failure.getMessage().contains("java.lang.String"), failure.getMessage());
        assertTrue(failure.getMessage().contains("@TestSeed long seed"), failure.getMessage());
    }

    @SeedEverything
    static class ParametersFixture {
        @BeforeAll
        static void beforeAll(@TestSeed long classSeed) {
            observe("beforeAll.seed", classSeed);
        }

        @BeforeEach
        void beforeEach(@TestSeed long seed) {
            observe("beforeEach.seed", seed);
        }

        @Test
        void draws(UniformRandomProvider first, UniformRandomProvider second, RestorableUniformRandomProvider restorable,
                   Random random, SeedReport report, @TestSeed long seed) {
            observe("first", first.nextLong());
            observe("second", second.nextLong());
            observe("restorable", restorable.nextLong());
            observe("random", random.nextLong());
            observe("report.master", report.master());
            observe("seed", seed);
        }
    }

    @SeedEverything
    static class WrongTypeFixture {
        @Test
        void wrongType(@TestSeed String seed) {
            observe("never", seed);
        }
    }
}
