/**
 * JUnit Jupiter support: {@link org.seedeverything.junit.SeedEverything} seeds every generator before each test
 * from a per-test seed and prints a reproduce line on failure; {@link org.seedeverything.junit.DeterminismCheck}
 * runs a test several times, in this JVM or in fresh ones, and compares what it recorded.
 *
 * <p>Works with JUnit Jupiter 5.14 and 6. The extensions behind the annotations are package-private.
 */
package org.seedeverything.junit;
