package org.seedeverything.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.seedeverything.examples.diagnostics.LayerStatistics;

/** A PNG line chart of the activation std per layer, one line per scheme, on a logarithmic axis. */
final class ActivationStdPlot {
    /** Where a std of exactly 0 is drawn, since a logarithmic axis has no 0. */
    static final double ZERO_FLOOR = 1e-3;

    private ActivationStdPlot() {
    }

    /** Writes the chart to {@code target} atomically and returns the path. */
    static Path write(Map<InitScheme, List<LayerStatistics>> statistics, Path target) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Activation std per layer of a 784-256-256-10 ReLU MLP, by initialisation")
                .xAxisTitle("layer (1, 2: ReLU; 3: output)").yAxisTitle("std of the layer's outputs (log scale)")
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(8);
        statistics.forEach((scheme, layers) -> {
            double[] x = new double[layers.size()];
            double[] y = new double[layers.size()];
            boolean clamped = false;
            for (int i = 0; i < layers.size(); i++) {
                x[i] = i + 1;
                y[i] = Math.max(layers.get(i).std(), ZERO_FLOOR);
                clamped |= layers.get(i).std() < ZERO_FLOOR;
            }
            String name = scheme.label() + (clamped ? " (std 0, drawn at " + ZERO_FLOOR + ")" : "");
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.CIRCLE);
        });
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".activation-std", ".png");
        try {
            Files.write(temporary, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
