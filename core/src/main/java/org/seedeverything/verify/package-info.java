/**
 * Verification that a computation is deterministic: {@link org.seedeverything.verify.Determinism#check} re-runs
 * recorded work in this JVM and reports the first difference. See {@code src/docs/verification.md}.
 *
 * @since 0.1
 */
package org.seedeverything.verify;
