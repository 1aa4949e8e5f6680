package org.seedeverything.examples.diagnostics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seedeverything.Seeds;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Init;
import org.seedeverything.init.Nonlinearity;

/**
 * Why weights are initialised randomly, shown by training: a 4-16-1 ReLU network learns a small regression with
 * full-batch gradient descent. Started from zeros or from one constant, all hidden units compute the same thing,
 * receive the same gradient and stay identical however long they train (with zeros they are also dead, so only the
 * output bias learns); started from Kaiming (He) init they differ from the first step on.
 *
 * <pre>{@code
 * SymmetryLesson.Outcome zeros = SymmetryLesson.train(SymmetryLesson.Start.ZEROS, 200, 2021);
 * System.out.println(zeros.sentence()); // ... 16 hidden units are still 1 distinct unit ...
 * }</pre>
 *
 * @since 0.1
 */
public final class SymmetryLesson {
    /** Hidden units of the toy network: {@value}. */
    public static final int HIDDEN_UNITS = 16;
    private static final int INPUTS = 4;
    private static final int SAMPLES = 128;
    private static final double LEARNING_RATE = 0.05;

    /** How the weights start; biases always start at 0. */
    public enum Start {
        /** Every weight 0. */
        ZEROS,
        /** Every weight 0.5. */
        CONSTANT,
        /** Kaiming normal for ReLU ({@code kaimingNormal(a=0, fan_in, relu)}) in both layers. */
        HE
    }

    /**
     * What training did.
     *
     * @param start                 the initialisation
     * @param steps                 gradient steps taken
     * @param hiddenUnits           hidden units in the network
     * @param distinctUnitsAtStart  distinct hidden units (incoming weights and bias) before training
     * @param distinctUnitsAtEnd    distinct hidden units after training
     * @param lossAtStart           mean squared error before training
     * @param lossAtEnd             mean squared error after training
     */
    public record Outcome(Start start, int steps, int hiddenUnits, int distinctUnitsAtStart, int distinctUnitsAtEnd,
                          double lossAtStart, double lossAtEnd) {
        /** Whether symmetry was broken: more than one distinct hidden unit after training. */
        public boolean symmetryBroken() {
            return distinctUnitsAtEnd > 1;
        }

        /** One plain sentence about the outcome. */
        public String sentence() {
            String name = start.name().toLowerCase(Locale.ROOT);
            if (symmetryBroken()) {
                return String.format(Locale.ROOT, "%s init: after %d SGD steps the %d hidden units are %d distinct"
                        + " units (loss %.3f -> %.3f): random init broke the symmetry", name, steps, hiddenUnits,
                        distinctUnitsAtEnd, lossAtStart, lossAtEnd);
            }
            return String.format(Locale.ROOT, "%s init: after %d SGD steps the %d hidden units are still %d distinct"
                    + " unit (loss %.3f -> %.3f): identical units get identical gradients, so symmetry is never"
                    + " broken", name, steps, hiddenUnits, distinctUnitsAtEnd, lossAtStart, lossAtEnd);
        }
    }

    private SymmetryLesson() {
    }

    /** Trains the toy network for {@code steps} full-batch gradient steps; data and weights come from {@code seed}. */
    public static Outcome train(Start start, int steps, long seed) {
        if (start == null || steps < 0) {
            throw new IllegalArgumentException("Pass a start (e.g. Start.HE) and steps >= 0, got " + start + ", " + steps);
        }
        double[] inputs = new double[SAMPLES * INPUTS];
        Init.normal(inputs, new long[] {SAMPLES, INPUTS}, Seeds.deriveFor(seed, "symmetry-lesson.inputs"), 0, 1);
        double[] targets = new double[SAMPLES];
        for (int n = 0; n < SAMPLES; n++) {
            double[] x = {inputs[n * INPUTS], inputs[n * INPUTS + 1], inputs[n * INPUTS + 2], inputs[n * INPUTS + 3]};
            targets[n] = Math.sin(x[0]) + x[1] * x[2] - 0.5 * x[3];
        }
        double[] w1 = new double[HIDDEN_UNITS * INPUTS];
        double[] b1 = new double[HIDDEN_UNITS];
        double[] w2 = new double[HIDDEN_UNITS];
        double[] b2 = new double[1];
        switch (start) {
            case ZEROS -> { }
            case CONSTANT -> {
                java.util.Arrays.fill(w1, 0.5);
                java.util.Arrays.fill(w2, 0.5);
            }
            case HE -> {
                Init.kaimingNormal(w1, new long[] {HIDDEN_UNITS, INPUTS}, Seeds.deriveFor(seed, "symmetry-lesson.w1"),
                        0, FanMode.FAN_IN, Nonlinearity.RELU);
                Init.kaimingNormal(w2, new long[] {1, HIDDEN_UNITS}, Seeds.deriveFor(seed, "symmetry-lesson.w2"),
                        0, FanMode.FAN_IN, Nonlinearity.RELU);
            }
        }
        int distinctAtStart = distinctHiddenUnits(w1, b1);
        double lossAtStart = step(inputs, targets, w1, b1, w2, b2, 0);
        for (int s = 0; s < steps; s++) {
            step(inputs, targets, w1, b1, w2, b2, LEARNING_RATE);
        }
        double lossAtEnd = step(inputs, targets, w1, b1, w2, b2, 0);
        return new Outcome(start, steps, HIDDEN_UNITS, distinctAtStart, distinctHiddenUnits(w1, b1), lossAtStart,
                lossAtEnd);
    }

    /** One forward and backward pass; updates the weights by {@code rate} times the gradient; returns the loss. */
    private static double step(double[] inputs, double[] targets, double[] w1, double[] b1, double[] w2, double[] b2,
                               double rate) {
        double[] gw1 = new double[w1.length];
        double[] gb1 = new double[b1.length];
        double[] gw2 = new double[w2.length];
        double gb2 = 0;
        double loss = 0;
        double[] hidden = new double[HIDDEN_UNITS];
        for (int n = 0; n < SAMPLES; n++) {
            double prediction = b2[0];
            for (int h = 0; h < HIDDEN_UNITS; h++) {
                double z = b1[h];
                for (int i = 0; i < INPUTS; i++) {
                    z += w1[h * INPUTS + i] * inputs[n * INPUTS + i];
                }
                hidden[h] = Math.max(0, z);
                prediction += w2[h] * hidden[h];
            }
            double error = prediction - targets[n];
            loss += error * error / SAMPLES;
            double outputGradient = 2 * error / SAMPLES;
            gb2 += outputGradient;
            for (int h = 0; h < HIDDEN_UNITS; h++) {
                gw2[h] += outputGradient * hidden[h];
                double hiddenGradient = hidden[h] > 0 ? outputGradient * w2[h] : 0;
                gb1[h] += hiddenGradient;
                for (int i = 0; i < INPUTS; i++) {
                    gw1[h * INPUTS + i] += hiddenGradient * inputs[n * INPUTS + i];
                }
            }
        }
        for (int k = 0; k < w1.length; k++) {
            w1[k] -= rate * gw1[k];
        }
        for (int h = 0; h < HIDDEN_UNITS; h++) {
            b1[h] -= rate * gb1[h];
            w2[h] -= rate * gw2[h];
        }
        b2[0] -= rate * gb2;
        return loss;
    }

    private static int distinctHiddenUnits(double[] w1, double[] b1) {
        Set<List<Double>> units = new HashSet<>();
        for (int h = 0; h < HIDDEN_UNITS; h++) {
            Double[] unit = new Double[INPUTS + 1];
            for (int i = 0; i < INPUTS; i++) {
                unit[i] = w1[h * INPUTS + i] + 0.0;
            }
            unit[INPUTS] = b1[h] + 0.0;
            units.add(List.of(unit));
        }
        return units.size();
    }
}
