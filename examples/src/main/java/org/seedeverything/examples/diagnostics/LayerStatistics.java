package org.seedeverything.examples.diagnostics;

/**
 * What a probe batch looked like after one layer (after its activation; the last layer's raw outputs).
 *
 * @param layer        the layer's name
 * @param units        number of units
 * @param mean         mean of all outputs over the batch
 * @param std          standard deviation of all outputs over the batch
 * @param deadFraction fraction of units that output 0 for every probe input (ReLU layers; else 0)
 * @since 0.1
 */
public record LayerStatistics(String layer, int units, double mean, double std, double deadFraction) {
}
