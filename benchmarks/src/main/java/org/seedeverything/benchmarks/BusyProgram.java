package org.seedeverything.benchmarks;

/**
 * A program with some work, for the launch benchmarks: {@value #STEPS} steps of a 64-bit LCG (about 0.3 s of one
 * core), then one line. Uses no other class of this project.
 */
public final class BusyProgram {
    static final long STEPS = 300_000_000L;

    private BusyProgram() {
    }

    public static void main(String[] arguments) {
        long x = 2021;
        for (long i = 0; i < STEPS; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println("busy program done: " + x);
    }
}
