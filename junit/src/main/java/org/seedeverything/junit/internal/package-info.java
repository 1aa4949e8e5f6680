/**
 * Internals of the JUnit extension (the child-JVM entry point of forked determinism checks); not an API.
 */
package org.seedeverything.junit.internal;
