package org.seedeverything.fingerprint;

import java.util.Optional;

/**
 * An entry whose fingerprint differs between two manifests: both entries, what differs (element type, shape, or
 * values with the first differing element when the values or block digests allow it).
 *
 * @since 0.1
 */
public final class EntryDifference {
    private final ManifestEntry expected;
    private final ManifestEntry actual;
    private final String description;
    private final ElementDifference firstElement;

    EntryDifference(ManifestEntry expected, ManifestEntry actual, String description, ElementDifference firstElement) {
        this.expected = expected;
        this.actual = actual;
        this.description = description;
        this.firstElement = firstElement;
    }

    /** The entry's name. */
    public String name() {
        return expected.name();
    }

    /** The entry in the expected manifest. */
    public ManifestEntry expected() {
        return expected;
    }

    /** The entry in the other manifest. */
    public ManifestEntry actual() {
        return actual;
    }

    /** What differs, in words (e.g. {@code shape [3] vs [4]}, {@code values differ from element 7}). */
    public String description() {
        return description;
    }

    /** The first differing element with both values, when it can be located. */
    public Optional<ElementDifference> firstElement() {
        return Optional.ofNullable(firstElement);
    }

    @Override
    public String toString() {
        return "\"" + name() + "\": " + description;
    }
}
