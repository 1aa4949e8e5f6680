/**
 * Fingerprints of arrays, tensors, buffers, memory, strings and objects, and recorded manifests of named
 * fingerprints.
 *
 * <ul>
 *   <li>{@link org.seedeverything.fingerprint.Fingerprints}: the static entry points and the process-wide
 *   {@code record} calls (manifest written at exit to {@code -Dseeds.manifest=PATH}).</li>
 *   <li>{@link org.seedeverything.fingerprint.FingerprintFunction} (stateless), {@link
 *   org.seedeverything.fingerprint.FingerprintSink} (stateful) and {@link org.seedeverything.fingerprint.Fingerprint}
 *   (immutable value, text form {@code fp1:xxh128:...}).</li>
 *   <li>{@link org.seedeverything.fingerprint.FingerprintRecorder}, {@link org.seedeverything.fingerprint.Manifest}
 *   and {@link org.seedeverything.fingerprint.ManifestDiff}: record named values, write them as JSON, find where two
 *   runs first differ.</li>
 * </ul>
 *
 * <p>The byte format is specified in {@code src/docs/fingerprint-format.md}.
 *
 * @since 0.1
 */
package org.seedeverything.fingerprint;
