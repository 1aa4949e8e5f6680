/**
 * seed-everything: one master seed for every random number generator a JVM program can reach.
 *
 * <pre>{@code
 * SeedReport report = Seeds.everything(2021);
 * System.out.println(report);                 // what was seeded, what was not, and how to fix it
 * UniformRandomProvider rng = Seeds.stream("dropout");
 * }</pre>
 *
 * <p>The face is {@link org.seedeverything.Seeds} with its builder, the immutable
 * {@link org.seedeverything.SeedReport}, and {@link org.seedeverything.Launcher} for unchanged programs.
 * Plug-ins implement {@link org.seedeverything.spi.SeedTarget}.
 */
package org.seedeverything;
