/**
 * The seed-everything Maven plugin (goal prefix {@code seed-everything}): {@code prepare-agent} puts the agent on
 * the test JVMs' {@code argLine}; {@code verify}, {@code lock} and {@code check} run a program in fresh JVMs through
 * {@link org.seedeverything.verify.JvmVerifier} and fail the build on nondeterminism or drift.
 *
 * @since 0.1
 */
package org.seedeverything.maven;
