package org.seedeverything.init;

/**
 * Deeplearning4j's {@code WeightInit} schemes with DL4J's own definitions, which differ from PyTorch's and Keras'
 * in places: DL4J's XAVIER is a normal with variance 2/(fanIn+fanOut) (PyTorch's {@code xavier_normal_} with gain
 * 1), LECUN_UNIFORM uses the bound 3/sqrt(fanIn) (Keras: sqrt(3/fanIn)), and LECUN_NORMAL, NORMAL and
 * XAVIER_FAN_IN are one scheme. DL4J stores a dense weight as {@code [nIn, nOut]}; pass the fans explicitly.
 *
 * @since 0.1
 */
public enum Dl4jWeightInit {
    /** All zeros. */
    ZERO(Kind.CONSTANT),
    /** All ones. */
    ONES(Kind.CONSTANT),
    /** Normal, mean 0, variance 2 / (fanIn + fanOut). */
    XAVIER(Kind.NORMAL),
    /** Uniform in +-sqrt(6 / (fanIn + fanOut)). */
    XAVIER_UNIFORM(Kind.UNIFORM),
    /** Normal, mean 0, variance 1 / fanIn. */
    XAVIER_FAN_IN(Kind.NORMAL),
    /** Normal, mean 0, variance 1 / fanIn (same as {@link #XAVIER_FAN_IN} in DL4J). */
    LECUN_NORMAL(Kind.NORMAL),
    /** Normal, mean 0, standard deviation 1 / sqrt(fanIn) (same as {@link #XAVIER_FAN_IN} in DL4J). */
    NORMAL(Kind.NORMAL),
    /** Uniform in +-3 / sqrt(fanIn) (DL4J's definition; Keras uses +-sqrt(3 / fanIn)). */
    LECUN_UNIFORM(Kind.UNIFORM),
    /** Uniform in +-1 / sqrt(fanIn). */
    UNIFORM(Kind.UNIFORM),
    /** He: normal, mean 0, variance 2 / fanIn. */
    RELU(Kind.NORMAL),
    /** He uniform: uniform in +-sqrt(6 / fanIn). */
    RELU_UNIFORM(Kind.UNIFORM),
    /** Uniform in +-4 sqrt(6 / (fanIn + fanOut)), Xavier uniform scaled for sigmoid units. */
    SIGMOID_UNIFORM(Kind.UNIFORM);

    /** The family of distribution a scheme draws from. */
    enum Kind { CONSTANT, NORMAL, UNIFORM }

    private final Kind kind;

    Dl4jWeightInit(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The scheme's scale: the standard deviation of a normal scheme, the bound of a uniform one, the value of a
     * constant one.
     */
    double scale(long fanIn, long fanOut) {
        return switch (this) {
            case ZERO -> 0;
            case ONES -> 1;
            case XAVIER -> Math.sqrt(2.0 / (fanIn + fanOut));
            case XAVIER_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
            case XAVIER_FAN_IN, LECUN_NORMAL, NORMAL -> 1 / Math.sqrt(fanIn);
            case LECUN_UNIFORM -> 3 / Math.sqrt(fanIn);
            case UNIFORM -> 1 / Math.sqrt(fanIn);
            case RELU -> Math.sqrt(2.0 / fanIn);
            case RELU_UNIFORM -> Math.sqrt(6.0 / fanIn);
            case SIGMOID_UNIFORM -> 4 * Math.sqrt(6.0 / (fanIn + fanOut));
        };
    }

    /** The standard deviation of the values this scheme draws for the given fans (0 for the constants). */
    public double std(long fanIn, long fanOut) {
        double scale = scale(fanIn, fanOut);
        return switch (kind) {
            case CONSTANT -> 0;
            case NORMAL -> scale;
            case UNIFORM -> scale / Math.sqrt(3);
        };
    }
}
