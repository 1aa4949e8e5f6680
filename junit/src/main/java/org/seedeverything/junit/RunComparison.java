package org.seedeverything.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.Manifest;
import org.seedeverything.fingerprint.ManifestDiff;
import org.seedeverything.verify.internal.FirstDifference;

/**
 * Compares each run's manifest with the first successful run's, kept in the store of the check (the template),
 * and words the difference: the run, the entry, the first differing element with both values.
 */
final class RunComparison {

    /** The first successful run of a check and what it recorded. */
    private record Reference(int run, Manifest manifest) {
    }

    private RunComparison() {
    }

    /** Remembers or compares {@code manifest}; returns the failure to throw, or {@code null} when it agrees. */
    static AssertionFailedError compare(ExtensionContext context, DeterminismRun run, Manifest manifest) {
        ExtensionContext check = context.getParent().orElseThrow();
        ExtensionContext.Store store = check.getStore(DeterminismCheckExtension.NAMESPACE);
        Reference reference = store.get(Reference.class, Reference.class);
        if (reference == null) {
            if (manifest.size() == 0) {
                return new AssertionFailedError("@DeterminismCheck: " + run.describe() + " recorded nothing, so"
                        + " there is nothing to compare. Record results with the injected"
                        + " FingerprintRecorder (recorder.record(\"name\", values)) or Fingerprints.record(\"name\","
                        + " values)");
            }
            store.put(Reference.class, new Reference(run.run(), manifest));
            return null;
        }
        ManifestDiff diff = reference.manifest().diff(manifest);
        if (diff.isIdentical()) {
            return null;
        }
        return new AssertionFailedError(message(context, run, reference.run(), diff));
    }

    private static String message(ExtensionContext context, DeterminismRun run, int referenceRun, ManifestDiff diff) {
        String thisRun = "run " + run.run();
        String firstRun = "run " + referenceRun;
        StringBuilder message = new StringBuilder("@DeterminismCheck: ").append(run.describe())
                .append(" differs from ").append(firstRun).append(": ");
        message.append(FirstDifference.sentence(diff, firstRun, thisRun));
        message.append("\n  ").append(diff.toString().replace("\n", "\n  "));
        SeededScope scope = SeedEverythingExtension.scopeOf(context);
        if (scope != null) {
            message.append("\nEvery run was seeded from test seed ").append(Seeds.format(scope.testSeed()))
                    .append(" (master ").append(Seeds.format(scope.master().seed())).append("), so the difference")
                    .append(" comes from state kept between runs or from a source that seeding does not control: ")
                    .append(String.join("; ", scope.report().uncontrolledSources()));
        }
        return message.toString();
    }
}
