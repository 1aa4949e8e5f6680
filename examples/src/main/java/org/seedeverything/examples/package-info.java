/**
 * The seed-everything demo ({@link org.seedeverything.examples.Demo}): initialisers, init diagnostics, a plot, and
 * fingerprints of the initial weights verified in fresh JVMs.
 */
package org.seedeverything.examples;
