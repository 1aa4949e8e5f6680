package sample;

/** Draws from Math.random(), which the launcher seeds: the same lines in every fresh JVM. */
public final class Deterministic {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.println("draw " + i + ": " + Math.random());
        }
    }
}
