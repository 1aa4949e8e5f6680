package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.seedeverything.junit.Fixtures.observe;
import static org.seedeverything.junit.Fixtures.observed;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.seedeverything.Seeds;

@DisplayName("Automatic registration through ServiceLoader")
class AutomaticRegistrationTest {

    @Test
    @DisplayName("seeds tests without the annotation when junit.jupiter.extensions.autodetection.enabled is true")
    void seedsUnannotatedTestsWhenAutodetectionIsOn() {
        Fixtures.assertAllSucceeded(Fixtures.run(UnannotatedFixture.class, "seeds.master", "2021",
                "junit.jupiter.extensions.autodetection.enabled", "true"));

        assertEquals(List.of(Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:"
                + UnannotatedFixture.class.getName() + "]/[method:seeded(long)]")), observed("seed"));
    }

    @Test
    @DisplayName("registers the extension once when annotated classes run with autodetection on")
    void annotatedClassesStillWorkWithAutodetection() {
        Fixtures.assertAllSucceeded(Fixtures.run(SeedEverythingTest.ThreeTestsFixture.class, "seeds.master", "2021",
                "junit.jupiter.extensions.autodetection.enabled", "true"));

        assertEquals(List.of(Seeds.deriveFor(2021, "[engine:junit-jupiter]/[class:"
                + SeedEverythingTest.ThreeTestsFixture.class.getName() + "]/[method:alpha(long)]")),
                observed("alpha.seed"));
    }

    @Test
    @DisplayName("leaves unannotated tests alone when autodetection is off")
    void leavesUnannotatedTestsAloneByDefault() {
        Throwable failure = Fixtures.onlyTestFailure(Fixtures.run(UnannotatedFixture.class, "seeds.master", "2021"));

        assertInstanceOf(ParameterResolutionException.class, failure);
    }

    static class UnannotatedFixture {
        @Test
        void seeded(@TestSeed long seed) {
            observe("seed", seed);
        }
    }
}
