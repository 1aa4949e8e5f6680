package sample;

/** Seeded draws, scaled by -Dsample.scale (build 4 changes it to change the program's output). */
public final class Program {
    public static void main(String[] args) {
        int scale = Integer.getInteger("sample.scale", 1);
        for (int i = 0; i < 3; i++) {
            System.out.println("draw " + i + ": " + scale * Math.random());
        }
    }
}
