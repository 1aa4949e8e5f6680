/**
 * Deep Java Library (DJL) support for seed-everything: with this jar on the class path, {@code Seeds.everything}
 * seeds every DJL engine (for PyTorch, libtorch's generator) and DJL's {@code RandomUtils}
 * ({@link org.seedeverything.djl.DjlSeeds}), the deterministic modes set libtorch's thread counts and report what
 * took effect, and {@link org.seedeverything.djl.DjlFingerprints} fingerprints {@code NDArray}s in place.
 *
 * <p>Core never depends on DJL; without this jar nothing changes.
 */
package org.seedeverything.djl;
