package org.seedeverything.fingerprint;

/** Accumulates {@link EntryStatistics} in one pass, in element order (Welford's update, so results are stable). */
final class StatisticsAccumulator {
    private long count;
    private long nanCount;
    private long zeroCount;
    private long finiteOrInfinite;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private double mean;
    private double sumSquares;

    void accept(double element) {
        double value = element;
        count++;
        if (Double.isNaN(value)) {
            nanCount++;
            return;
        }
        if (value == 0) {
            zeroCount++;
            value = 0.0; // -0.0 and 0.0 are one value for statistics (the fingerprint still tells them apart)
        }
        finiteOrInfinite++;
        if (finiteOrInfinite == 1) {
            min = value;
            max = value;
        } else {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double delta = value - mean;
        mean += delta / finiteOrInfinite;
        sumSquares += delta * (value - mean);
    }

    EntryStatistics result() {
        if (finiteOrInfinite == 0) {
            return new EntryStatistics(count, nanCount, zeroCount, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double std = Math.sqrt(Math.max(0, sumSquares / finiteOrInfinite));
        return new EntryStatistics(count, nanCount, zeroCount, min, max, mean, std);
    }
}
