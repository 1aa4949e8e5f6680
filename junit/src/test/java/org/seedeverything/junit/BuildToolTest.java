package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reproduce line fits the build tool the test runs under")
class BuildToolTest {

    @Test
    @DisplayName("in a Gradle test worker (org.gradle.test.worker set), the line is ./gradlew test --tests")
    void gradleWorkerGetsTheGradleForm() {
        String previous = System.setProperty(BuildTool.GRADLE_WORKER_PROPERTY, "7");
        String hint;
        try {
            assertEquals(BuildTool.GRADLE, BuildTool.current());
            hint = SeedEverythingTest.reproduceHint(Fixtures.onlyTestFailure(
                    Fixtures.run(SeedEverythingTest.FailingFixture.class, "seeds.master", "2021")));
        } finally {
            restore(previous);
        }
        assertEquals("Reproduce with: ./gradlew test --tests 'org.seedeverything.junit.SeedEverythingTest$FailingFixture"
                + ".failsAfterDrawing' -Dseeds.master=2021", hint.lines().findFirst().orElseThrow());
    }

    @Test
    @DisplayName("elsewhere, the line is mvn test -Dtest=Class#method")
    void otherwiseMaven() {
        String previous = System.clearProperty(BuildTool.GRADLE_WORKER_PROPERTY);
        try {
            assertEquals(BuildTool.MAVEN, BuildTool.current());
        } finally {
            restore(previous);
        }
        assertEquals("mvn test -Dtest=BuildToolTest#otherwiseMaven -Dseeds.master=-9223372036854775808",
                BuildTool.MAVEN.reproduceCommand(BuildToolTest.class, "otherwiseMaven", Long.MIN_VALUE));
        assertEquals("./gradlew test --tests 'org.seedeverything.junit.BuildToolTest' -Dseeds.master=-1",
                BuildTool.GRADLE.reproduceCommand(BuildToolTest.class, null, -1));
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(BuildTool.GRADLE_WORKER_PROPERTY);
        } else {
            System.setProperty(BuildTool.GRADLE_WORKER_PROPERTY, previous);
        }
    }
}
