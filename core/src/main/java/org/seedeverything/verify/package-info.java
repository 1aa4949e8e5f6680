/**
 * Verification that a computation is deterministic: {@link org.seedeverything.verify.Determinism#check} re-runs
 * recorded work in this JVM and reports the first difference; {@link org.seedeverything.verify.JvmVerifier} runs a
 * program in fresh JVMs and compares standard output, recorded fingerprint manifests and output files; a
 * {@link org.seedeverything.verify.LockFile} keeps a golden record of a run that later runs are checked against.
 * See {@code src/docs/verification.md} and {@code src/docs/cli.md}.
 *
 * @since 0.1
 */
package org.seedeverything.verify;
