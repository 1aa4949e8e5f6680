package org.seedeverything.benchmarks;

/** The trivial program of the launch benchmarks: prints one line. Uses no other class of this project. */
public final class TrivialProgram {
    private TrivialProgram() {
    }

    public static void main(String[] arguments) {
        System.out.println("trivial program done");
    }
}
