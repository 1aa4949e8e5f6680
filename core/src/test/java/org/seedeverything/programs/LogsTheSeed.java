package org.seedeverything.programs;

import org.seedeverything.Seeds;

/** Test program: seeds everything with master 2021, which logs the reproduce line through SLF4J, then says so. */
public final class LogsTheSeed {
    private LogsTheSeed() {
    }

    public static void main(String[] arguments) {
        Seeds.everything(2021);
        System.out.println("seeded");
    }
}
