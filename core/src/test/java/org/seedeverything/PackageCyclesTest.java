package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.PackageGraph;

/**
 * Data flows one way between core's packages (see {@code src/docs/architecture.md}). The only loops allowed are
 * between a package and its own {@code internal} packages, and between {@code org.seedeverything} and its plug-in
 * half {@code org.seedeverything.spi} (each names the other's types in its public signatures). Everything else that
 * imports in a circle fails here, read from the compiled classes by {@code jdeps}.
 */
class PackageCyclesTest {
    private static final String ROOT = "org.seedeverything";
    private static final PackageGraph CORE = PackageGraph.of(Seeds.class, ROOT);

    /** A package's owner: itself, or the package whose {@code internal} it is; the SPI belongs to the root API. */
    static String owner(String pkg) {
        int internal = pkg.indexOf(".internal");
        String owner = internal >= 0 ? pkg.substring(0, internal) : pkg;
        return owner.equals(ROOT + ".spi") ? ROOT : owner;
    }

    @Test
    @DisplayName("no import loop between core's packages except a package with its own internal (and the SPI)")
    void noPackageCycles() {
        Optional<List<String>> cycle = CORE.collapse(PackageCyclesTest::owner).cycle();
        assertTrue(cycle.isEmpty(), () -> "Import loop between packages: " + String.join(" -> ", cycle.get())
                + "; turn one dependency around (pass the value in instead of fetching it). Graph: " + CORE);
    }

    @Test
    @DisplayName("the check sees real edges and finds a loop when there is one")
    void theCheckCanFail() {
        assertTrue(CORE.uses(ROOT).contains(ROOT + ".internal.targets"), CORE.toString());
        assertTrue(CORE.uses(ROOT + ".verify").contains(ROOT + ".fingerprint"), CORE.toString());
        Optional<List<String>> withoutTheSpiException = CORE
                .collapse(pkg -> pkg.contains(".internal") ? owner(pkg) : pkg).cycle();
        assertTrue(withoutTheSpiException.orElse(List.of()).contains(ROOT + ".spi"),
                "the one loop that the SPI exception allows is found without it: " + withoutTheSpiException);
    }

    @Test
    @DisplayName("the seeding report, the targets and the fingerprints never reach back to their callers")
    void oneWayFlows() {
        Map<String, Set<String>> forbidden = Map.of(
                ROOT + ".internal.targets", Set.of(ROOT + ".verify", ROOT + ".fingerprint", ROOT + ".init"),
                ROOT + ".fingerprint", Set.of(ROOT + ".verify", ROOT + ".verify.internal", ROOT + ".init"),
                ROOT + ".internal", Set.of(ROOT + ".internal.targets", ROOT + ".spi", ROOT + ".fingerprint",
                        ROOT + ".verify"),
                ROOT + ".spi", Set.of(ROOT + ".internal", ROOT + ".internal.targets"));
        forbidden.forEach((from, targets) -> {
            for (String to : targets) {
                assertTrue(!CORE.uses(from).contains(to), () -> from + " must not use " + to + ": " + CORE);
            }
        });
    }
}
