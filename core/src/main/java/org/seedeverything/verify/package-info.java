/**
 * Determinism verification: run a program in fresh JVMs ({@link org.seedeverything.verify.JvmVerifier}), compare
 * standard output, recorded fingerprint manifests and output files, and keep a golden record of a run
 * ({@link org.seedeverything.verify.LockFile}) that later runs are checked against.
 *
 * @since 0.1
 */
package org.seedeverything.verify;
