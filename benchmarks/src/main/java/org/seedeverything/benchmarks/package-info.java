/** JMH benchmarks and the ratio report ({@code java -jar benchmarks/target/benchmarks.jar}). */
package org.seedeverything.benchmarks;
