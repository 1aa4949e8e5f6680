package org.seedeverything.fingerprint;

/**
 * What a {@link ManifestEntry} holds.
 *
 * @since 0.1
 */
public enum EntryKind {
    /** An array, tensor, buffer or memory region with an element type and a shape. */
    ARRAY,
    /** One number (shape {@code []}). */
    NUMBER,
    /** A string. */
    TEXT,
    /** An object written through a {@link Funnel}. */
    OBJECT
}
