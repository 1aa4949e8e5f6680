package org.seedeverything.init;

/**
 * The fan-in and fan-out of a weight tensor as PyTorch computes them: for shape {@code [out, in, k1, k2, ...]},
 * {@code fanIn = in * k1 * k2 * ...} and {@code fanOut = out * k1 * k2 * ...} (the receptive field multiplies
 * both). A Linear layer's weight {@code [out, in]} has fanIn = in and fanOut = out.
 *
 * @param fanIn  inputs feeding each output unit
 * @param fanOut outputs each input feeds
 * @since 0.1
 */
public record Fans(long fanIn, long fanOut) {
    /**
     * The fans of a tensor of {@code shape}.
     *
     * @throws IllegalArgumentException for fewer than 2 dimensions, as in PyTorch
     */
    public static Fans of(long... shape) {
        if (shape == null || shape.length < 2) {
            throw new IllegalArgumentException("Fan in and fan out need a shape of at least 2 dimensions"
                    + " ([out, in, kernel...]), got " + java.util.Arrays.toString(shape)
                    + "; a bias has no fans: pass the fan-in of its layer instead");
        }
        long receptiveField = 1;
        for (int i = 2; i < shape.length; i++) {
            receptiveField = Math.multiplyExact(receptiveField, shape[i]);
        }
        return new Fans(Math.multiplyExact(shape[1], receptiveField), Math.multiplyExact(shape[0], receptiveField));
    }
}
