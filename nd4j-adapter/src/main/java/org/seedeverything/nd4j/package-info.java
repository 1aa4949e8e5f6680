/**
 * ND4J support for seed-everything: with this jar on the class path, {@code Seeds.everything} seeds ND4J's
 * per-thread generators ({@link org.seedeverything.nd4j.Nd4jSeeds}), {@code Seeds.isolate()} covers them, the
 * deterministic modes set ND4J's flags and report what took effect, and
 * {@link org.seedeverything.nd4j.Nd4jEnvironment} records the facts a reproduction depends on.
 *
 * <p>Core never depends on ND4J; without this jar nothing changes.
 */
package org.seedeverything.nd4j;
