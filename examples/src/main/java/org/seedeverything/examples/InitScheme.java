package org.seedeverything.examples;

import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/** The four initialisations the demo compares; biases start at zero in all of them. */
enum InitScheme {
    ZEROS("zeros"),
    STANDARD_NORMAL("N(0,1)"),
    XAVIER("xavier"),
    HE("he");

    private final String label;

    InitScheme(String label) {
        this.label = label;
    }

    /** The short name used in tables, the plot legend and parameter names. */
    String label() {
        return label;
    }

    /** Fills a weight of {@code shape} ([out, in]) from the stream of {@code parameterName}. */
    void fillWeight(float[] weight, long[] shape, String parameterName) {
        switch (this) {
            case ZEROS -> Init.zeros(weight, shape);
            case STANDARD_NORMAL -> Init.normal(weight, shape, parameterName, 0, 1);
            case XAVIER -> Init.xavierNormal(weight, shape, parameterName, 1);
            case HE -> Init.kaimingNormal(weight, shape, parameterName, 0, FanMode.FAN_IN, Nonlinearity.RELU);
        }
    }
}
