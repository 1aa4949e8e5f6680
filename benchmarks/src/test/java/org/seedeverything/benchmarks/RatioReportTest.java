package org.seedeverything.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedeverything.benchmarks.RatioReport.Score;

/** The ratio table: each claim's row computed from two scores of the same run, by hand-checked arithmetic. */
class RatioReportTest {

    private static Score time(double nanos) {
        return new Score(nanos, 0, Double.NaN);
    }

    private static String row(String table, String claimText) {
        return table.lines().filter(line -> line.startsWith(claimText + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("No row for '" + claimText + "' in\n" + table));
    }

    @Test
    void costClaimDividesOursByTheBaselineAndFailsAboveTheTarget() {
        String table = RatioReport.table(Map.of(
                "SeedsBenchmark.deriveAndCreateStream", time(300),
                "SeedsBenchmark.createFromLongSeed", time(100)));

        assertEquals("derive + create stream vs RandomSource.create(long) | 3.00x cost | <= 2.00x | NO",
                row(table, "derive + create stream vs RandomSource.create(long)"));
    }

    @Test
    void speedupClaimDividesTheBaselineByOursAndPassesAtTheTarget() {
        // 256 MiB: SHA-256 in 500 ms, the fingerprint in 100 ms: 5x, exactly the target.
        String table = RatioReport.table(Map.of(
                "FingerprintBenchmark.fingerprintDirect", time(100e6),
                "FingerprintBenchmark.sha256Direct", time(500e6)));

        assertEquals("fingerprint 256 MiB direct vs MessageDigest SHA-256 | 5.00x speed | >= 5.00x | yes",
                row(table, "fingerprint 256 MiB direct vs MessageDigest SHA-256"));
    }

    @Test
    void heapClaimDividesBytesPerOperationByTheTensorSize() {
        // 268,435 B/op over 268,435,456 bytes is 0.001 per byte: at the limit. One byte more per op fails.
        String atLimit = RatioReport.table(Map.of("FingerprintBenchmark.fingerprintNd4j",
                new Score(1e6, 0, 268_435.456)));
        String above = RatioReport.table(Map.of("FingerprintBenchmark.fingerprintNd4j",
                new Score(1e6, 0, 268_436.5)));

        String claim = "fingerprint 256 MiB ND4J: heap bytes per tensor byte";
        assertTrue(row(atLimit, claim).endsWith("= 0.001000 | <= 0.001 | yes"), row(atLimit, claim));
        assertTrue(row(above, claim).endsWith("| NO"), row(above, claim));
    }

    @Test
    void differenceIsReportedWithoutAVerdict() {
        String table = RatioReport.table(Map.of(
                "LaunchBenchmark.seedingProcessNd4j", time(1_500e6),
                "LaunchBenchmark.seedingProcessCore", time(400e6)));

        assertEquals("ND4J backend load: seeding process with ND4J minus without, ms | 1100 ms (1500 - 400)"
                + " | reported | -", row(table, "ND4J backend load: seeding process with ND4J minus without, ms"));
    }

    @Test
    void claimsWithoutBothScoresAreListedAsNotRun() {
        String table = RatioReport.table(Map.of("SeedsBenchmark.createFromLongSeed", time(100)));

        assertTrue(table.lines().anyMatch(line -> line.startsWith("(not run: ")
                && line.contains("derive + create stream vs RandomSource.create(long)")), table);
    }

    @Test
    void timesKeepThreeToFourSignificantDigits() {
        assertEquals("12.50 ns", RatioReport.time(12.5));
        assertEquals("1.50 us", RatioReport.time(1_500));
        assertEquals("2048.00 ms", RatioReport.time(2_048e6));
    }
}
