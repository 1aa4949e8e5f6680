/**
 * Reproducible Deeplearning4j training: {@link org.seedeverything.dl4j.Dl4jSeeds} (the seeds DL4J must be handed),
 * {@link org.seedeverything.dl4j.DeterminismListener} (where two runs part) and
 * {@link org.seedeverything.dl4j.Dl4jWeightInits} (initialisers backed by the core's {@code Init}). With this module
 * on the class path, {@code Seeds.everything} also seeds the ND4J generators of threads nobody seeded.
 */
package org.seedeverything.dl4j;
