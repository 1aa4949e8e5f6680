/**
 * Benchmarks of the Spark module: Dataset fingerprints against {@code count()} and against collecting the rows.
 */
package org.seedeverything.benchmarks.spark;
