package org.seedeverything.programs;

import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

/** Test program: {@code Seeds.everything()} with no argument; prints where the master came from and its value. */
public final class PrintMasterSource {
    private PrintMasterSource() {
    }

    public static void main(String[] arguments) {
        SeedReport report = Seeds.everything();
        System.out.println(report.masterSource() + "|" + Seeds.format(report.master()));
    }
}
