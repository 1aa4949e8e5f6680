package org.seedeverything.verify.internal;

import java.util.Arrays;
import java.util.Optional;
import org.seedeverything.fingerprint.ElementDifference;
import org.seedeverything.fingerprint.EntryDifference;
import org.seedeverything.fingerprint.ManifestDiff;

/**
 * The one sentence that names where two runs' manifests first differ, used by {@code DeterminismResult} and the
 * JUnit extension alike: {@code entry "layer1.W" element 5 [1, 1]: 0.25 (run 1) vs 0.75 (run 2)}.
 */
public final class FirstDifference {
    private FirstDifference() {
    }

    /**
     * Where {@code diff} (of {@code run} against {@code reference}) first differs: the first differing element of
     * the first differing entry with both values, else the entry's description, else the first missing or extra
     * entry, else the recording order.
     */
    public static String sentence(ManifestDiff diff, String reference, String run) {
        Optional<EntryDifference> entry = diff.firstDifference();
        if (entry.isPresent()) {
            Optional<ElementDifference> element = entry.get().firstElement();
            if (element.isPresent()) {
                ElementDifference e = element.get();
                return "entry \"" + e.entry() + "\" element " + e.index() + " " + Arrays.toString(e.coordinates())
                        + ": " + e.expected() + " (" + reference + ") vs " + e.actual() + " (" + run + ")";
            }
            return "entry \"" + entry.get().name() + "\": " + entry.get().description();
        }
        if (!diff.missing().isEmpty()) {
            return "entry \"" + diff.missing().get(0).name() + "\" is missing";
        }
        if (!diff.extra().isEmpty()) {
            return "entry \"" + diff.extra().get(0).name() + "\" is extra";
        }
        return "the entries were recorded in another order";
    }
}
