package org.seedeverything.programs;

import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

/**
 * Test program: {@code Seeds.everything()} with no argument; prints where the master came from, its value, the mode
 * and whether a master was set before and after.
 */
public final class PrintMasterSource {
    private PrintMasterSource() {
    }

    public static void main(String[] arguments) {
        boolean seededBefore = Seeds.isSeeded();
        SeedReport report = Seeds.everything();
        System.out.println(report.masterSource() + "|" + Seeds.format(report.master()) + "|" + report.mode() + "|"
                + seededBefore + "|" + Seeds.isSeeded());
    }
}
