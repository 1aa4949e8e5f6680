package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seedeverything.junit.SeedEverything;

/** Two seeded tests in a test JVM that has neither the agent nor --add-opens flags. */
@SeedEverything
class PlainTest {

    @Test
    void drawsFromMathRandom() {
        assertTrue(Math.random() < 1.0);
    }

    @Test
    void drawsAgain() {
        assertTrue(Math.random() >= 0.0);
    }
}
