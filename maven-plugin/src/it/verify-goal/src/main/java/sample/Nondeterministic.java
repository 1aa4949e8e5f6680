package sample;

/** Seeded draws, then the clock, which no seed controls. */
public final class Nondeterministic {
    public static void main(String[] args) {
        System.out.println("draw: " + Math.random());
        System.out.println("clock: " + System.nanoTime());
    }
}
