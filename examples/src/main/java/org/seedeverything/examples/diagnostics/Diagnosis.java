package org.seedeverything.examples.diagnostics;

import java.util.List;
import java.util.Locale;

/**
 * The result of {@link InitDiagnostics#forward(List, Activation, long)}: statistics per layer and the findings.
 *
 * @param layers   one entry per layer, in order
 * @param findings plain sentences, empty when nothing is wrong
 * @since 0.1
 */
public record Diagnosis(List<LayerStatistics> layers, List<Finding> findings) {
    /** Copies the lists. */
    public Diagnosis {
        layers = List.copyOf(layers);
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found. */
    public boolean healthy() {
        return findings.isEmpty();
    }

    /** The statistics as a text table: layer, units, mean, std, dead units. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %6s %12s %12s %7s%n",
                "layer", "units", "mean", "std", "dead"));
        for (LayerStatistics layer : layers) {
            table.append(String.format(Locale.ROOT, "%-10s %6d %12.4g %12.4g %6.1f%%%n", layer.layer(), layer.units(),
                    layer.mean(), layer.std(), 100 * layer.deadFraction()));
        }
        return table.toString();
    }
}
