package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The build runs the tests once per JUnit line; this proves that each run really uses the line it names. */
class JupiterLineTest {

    @Test
    @DisplayName("runs on the JUnit Jupiter version the build asked for")
    void runsOnTheRequestedJupiterVersion() {
        String requested = System.getProperty("seeds.test.jupiter.version");
        assumeTrue(requested != null, "only meaningful when run by the build");
        assertEquals(requested, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
        // Up to JUnit 5 the platform was versioned 1.x alongside Jupiter 5.x; from JUnit 6 on they share a version.
        String platform = requested.startsWith("5.") ? "1." + requested.substring(2) : requested;
        assertEquals(platform, EngineTestKit.class.getPackage().getImplementationVersion(), "junit-platform-testkit");
    }
}
