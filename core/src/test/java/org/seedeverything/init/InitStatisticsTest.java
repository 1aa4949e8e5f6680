package org.seedeverything.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large fills have the moments their distributions promise. Tolerances are five standard errors, so a correct
 * implementation fails with probability below 1e-6 per check, and the seeds are fixed.
 */
class InitStatisticsTest {
    private static final int N = 1 << 22;

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    private static double[] widen(float[] values) {
        double[] wide = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }

    @Test
    @DisplayName("uniform(-1, 3) has mean 1, std 4/sqrt(12), and stays in [-1, 3]")
    void uniformMoments() {
        double[] values = new double[N];
        Init.uniform(values, new long[] {N}, 1, -1, 3);
        double std = 4 / Math.sqrt(12);
        assertEquals(1, mean(values), 5 * std / Math.sqrt(N));
        assertEquals(std, std(values), 5 * std / Math.sqrt(N));
        for (double v : values) {
            assertTrue(v >= -1 && v < 3, () -> "value " + v + " outside [-1, 3)");
        }
        float[] floats = new float[N];
        Init.uniform(floats, new long[] {N}, 2, -1, 3);
        double[] wide = widen(floats);
        assertEquals(1, mean(wide), 5 * std / Math.sqrt(N));
        assertEquals(std, std(wide), 5 * std / Math.sqrt(N));
    }

    @Test
    @DisplayName("normal(0.5, 2) has mean 0.5, std 2, no excess kurtosis, and the published two-sided 3-sigma tail mass")
    void normalMoments() {
        double[] values = new double[N];
        Init.normal(values, new long[] {N}, 3, 0.5, 2);
        assertEquals(0.5, mean(values), 5 * 2 / Math.sqrt(N));
        assertEquals(2, std(values), 5 * 2 / Math.sqrt(2.0 * N));
        double fourth = 0;
        int beyondThree = 0;
        for (double v : values) {
            double z = (v - 0.5) / 2;
            fourth += z * z * z * z;
            if (Math.abs(z) > 3) {
                beyondThree++;
            }
        }
        assertEquals(3, fourth / N, 5 * Math.sqrt(96.0 / N), "fourth moment of a normal is 3");
        double p = 0.0026997960632601866; // P(|Z| > 3), erfc(3 / sqrt(2))
        assertEquals(p, (double) beyondThree / N, 5 * Math.sqrt(p * (1 - p) / N), "tail beyond 3 sigma");
        float[] floats = new float[N];
        Init.normal(floats, new long[] {N}, 4, 0, 1);
        assertEquals(0, mean(widen(floats)), 5 / Math.sqrt(N));
        assertEquals(1, std(widen(floats)), 5 / Math.sqrt(2.0 * N));
    }

    @ParameterizedTest(name = "mean {0}, std {1}, [{2}, {3}]")
    @DisplayName("truncNormal stays in [a, b] and has the mean and std of the truncated density (numeric integral)")
    @CsvSource({"0, 1, -2, 2", "0, 1, -0.3, 0.2", "0, 1, 0.5, 1.5", "0, 1, 2, Infinity", "1, 2, -9, -3",
            "0, 0.02, -2, 2"})
    void truncatedNormalMoments(double mean, double std, double a, double b) {
        int n = 1 << 20;
        double[] values = new double[n];
        Init.truncNormal(values, new long[] {n}, 5, mean, std, a, b);
        for (double v : values) {
            assertTrue(v >= a && v <= b, () -> "value " + v + " outside [" + a + ", " + b + "]");
        }
        double alpha = Math.max((a - mean) / std, -40);
        double beta = Math.min((b - mean) / std, 40);
        DoubleUnaryOperator density = z -> Math.exp(-z * z / 2);
        double mass = integrate(density, alpha, beta);
        double expectedMean = integrate(z -> z * density.applyAsDouble(z), alpha, beta) / mass;
        double expectedVariance = integrate(z -> z * z * density.applyAsDouble(z), alpha, beta) / mass
                - expectedMean * expectedMean;
        double expectedStd = std * Math.sqrt(expectedVariance);
        assertEquals(mean + std * expectedMean, mean(values), 5 * expectedStd / Math.sqrt(n), "mean");
        assertEquals(expectedStd, std(values), 6 * expectedStd / Math.sqrt(n), "std");
    }

    /** Composite Simpson rule with 20000 intervals: far more accurate than the sampling tolerances. */
    private static double integrate(DoubleUnaryOperator f, double from, double to) {
        int intervals = 20000;
        double h = (to - from) / intervals;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < intervals; i++) {
            sum += f.applyAsDouble(from + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    @Test
    @DisplayName("kaimingNormal for ReLU on [256, 784] has std sqrt(2/784); xavierUniform on it has std sqrt(2/1040)")
    void schemesHaveTheirStd() {
        long[] shape = {256, 784};
        float[] weights = new float[256 * 784];
        Init.kaimingNormal(weights, shape, 6, 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertEquals(Math.sqrt(2.0 / 784), std(widen(weights)), 5 * Math.sqrt(2.0 / 784) / Math.sqrt(2.0 * weights.length));
        Init.xavierUniform(weights, shape, 7, 1);
        assertEquals(Math.sqrt(2.0 / 1040), std(widen(weights)), 5 * Math.sqrt(2.0 / 1040) / Math.sqrt(weights.length));
        Init.kaimingUniform(weights, shape, 8, 0, FanMode.FAN_OUT, Nonlinearity.RELU);
        assertEquals(Math.sqrt(2.0 / 256), std(widen(weights)), 5 * Math.sqrt(2.0 / 256) / Math.sqrt(weights.length));
    }

    @Test
    @DisplayName("DL4J schemes use DL4J's definitions: XAVIER is N(0, 2/(in+out)), RELU N(0, 2/in), LECUN_UNIFORM +-3/sqrt(in)")
    void dl4jSchemes() {
        // Definitions from the Deeplearning4j WeightInit documentation.
        assertEquals(Math.sqrt(2.0 / (784 + 256)), Dl4jWeightInit.XAVIER.std(784, 256), 1e-15);
        assertEquals(Math.sqrt(2.0 / 784), Dl4jWeightInit.RELU.std(784, 256), 1e-15);
        assertEquals(1 / Math.sqrt(784), Dl4jWeightInit.XAVIER_FAN_IN.std(784, 256), 1e-15);
        assertEquals(Dl4jWeightInit.XAVIER_FAN_IN.std(784, 256), Dl4jWeightInit.LECUN_NORMAL.std(784, 256));
        assertEquals(3 / Math.sqrt(784) / Math.sqrt(3), Dl4jWeightInit.LECUN_UNIFORM.std(784, 256), 1e-15);
        assertEquals(4 * Math.sqrt(6.0 / 1040) / Math.sqrt(3), Dl4jWeightInit.SIGMOID_UNIFORM.std(784, 256), 1e-15);
        assertEquals(0, Dl4jWeightInit.ONES.std(784, 256));

        float[] weights = new float[784 * 256];
        long[] shape = {784, 256}; // DL4J's [nIn, nOut]
        Init.dl4j(weights, shape, 9, Dl4jWeightInit.XAVIER, 784, 256);
        assertEquals(Math.sqrt(2.0 / 1040), std(widen(weights)), 5 * Math.sqrt(2.0 / 1040) / Math.sqrt(2.0 * weights.length));
        Init.dl4j(weights, shape, 9, Dl4jWeightInit.RELU_UNIFORM, 784, 256);
        double bound = Math.sqrt(6.0 / 784);
        for (float w : weights) {
            assertTrue(Math.abs(w) <= bound * (1 + 1e-7), () -> w + " outside +-" + bound);
        }
        Init.dl4j(weights, shape, 9, Dl4jWeightInit.ONES, 784, 256);
        assertEquals(1f, weights[12345]);
    }

    @ParameterizedTest(name = "shape {0} x {1}")
    @DisplayName("orthogonal gives orthonormal rows (wide) or columns (tall), scaled by the gain")
    @CsvSource({"64, 256", "256, 64", "50, 50", "1, 10", "10, 1"})
    void orthogonalIsOrthonormal(int rows, int columns) {
        double gain = 1.5;
        double[] q = new double[rows * columns];
        Init.orthogonal(q, new long[] {rows, columns}, 10, gain);
        boolean wide = rows < columns;
        int vectors = wide ? rows : columns;
        int length = wide ? columns : rows;
        for (int a = 0; a < vectors; a++) {
            for (int b = a; b < vectors; b++) {
                double dot = 0;
                for (int k = 0; k < length; k++) {
                    dot += element(q, columns, wide, a, k) * element(q, columns, wide, b, k);
                }
                assertEquals(a == b ? gain * gain : 0, dot, 1e-10, "vectors " + a + " and " + b);
            }
        }
    }

    @Test
    @DisplayName("orthogonal is the Q of the QR decomposition of the normal fill whose R has a positive diagonal")
    void orthogonalIsTheQOfThePositiveDiagonalQr() {
        int rows = 40;
        int columns = 12;
        double[] a = new double[rows * columns];
        Init.normal(a, new long[] {rows, columns}, 11, 0, 1);
        double[] q = new double[rows * columns];
        Init.orthogonal(q, new long[] {rows, columns}, 11, 1);
        // R = Q^T A must be upper triangular with a positive diagonal; then Q is unique, whatever the algorithm.
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < columns; j++) {
                double r = 0;
                for (int k = 0; k < rows; k++) {
                    r += q[k * columns + i] * a[k * columns + j];
                }
                if (i > j) {
                    assertEquals(0, r, 1e-10, "R[" + i + "][" + j + "]");
                } else if (i == j) {
                    assertTrue(r > 0, "R[" + i + "][" + i + "] = " + r + " must be positive");
                }
            }
        }
    }

    private static double element(double[] q, int columns, boolean rowVectors, int vector, int k) {
        return rowVectors ? q[vector * columns + k] : q[k * columns + vector];
    }

    @Test
    @DisplayName("constant, zeros, ones and eye write exactly what PyTorch writes")
    void deterministicInitialisers() {
        float[] values = new float[6];
        Init.constant(values, new long[] {2, 3}, 0.25);
        assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f, 0.25f, 0.25f}, values);
        Init.ones(values, new long[] {6});
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, values);
        Init.zeros(values, new long[] {3, 2});
        assertArrayEquals(new float[6], values);
        Init.eye(values, new long[] {2, 3});
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, values);
        double[] tall = new double[6];
        Init.eye(tall, new long[] {3, 2});
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, tall);
    }
}
