/**
 * Internals of the cross-JVM verifier: command lines, child processes, comparisons and report formats. Not an API;
 * may change in any release.
 */
package org.seedeverything.verify.internal;
