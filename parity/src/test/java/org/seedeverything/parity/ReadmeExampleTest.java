package org.seedeverything.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seedeverything.parity.numpy.NumpyGenerator;
import org.seedeverything.parity.numpy.NumpyRandomState;
import org.seedeverything.parity.torch.TorchGenerator;
import org.seedeverything.parity.torch.TorchInit;

/**
 * The values the README prints. The expected numbers were printed by Python (Debian's torch 1.13.1 and NumPy
 * 1.24.2): {@code torch.manual_seed(42); torch.randn(5)}, {@code np.random.default_rng(42).standard_normal(5)},
 * {@code np.random.seed(0); np.random.rand(5)} and {@code torch.manual_seed(0); nn.Linear(784, 256)}.
 */
class ReadmeExampleTest {

    @Test
    void torchRandnOfSeed42() {
        float[] expected = {0.33669036626815796f, 0.12880940735340118f, 0.23446236550807953f, 0.23033303022384644f,
            -1.1228563785552979f};
        float[] actual = new TorchGenerator(42).randn(5);
        assertArrayEquals(expected, actual);
        assertEquals("[0.33669037, 0.1288094, 0.23446237, 0.23033303, -1.1228564]", Arrays.toString(actual));
    }

    @Test
    void numpyDefaultRngStandardNormalOfSeed42() {
        double[] expected = {0.30471707975443135, -1.0399841062404955, 0.7504511958064572, 0.9405647163912139,
            -1.9510351886538364};
        assertArrayEquals(expected, NumpyGenerator.defaultRng(42).standardNormal(5));
    }

    @Test
    void numpyLegacyRandOfSeed0() {
        double[] expected = {0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
            0.4236547993389047};
        assertArrayEquals(expected, new NumpyRandomState(0).rand(5));
    }

    @Test
    void linearAfterSeed0() {
        TorchInit.Layer fc1 = TorchInit.linear(new TorchGenerator(0), 784, 256);
        assertArrayEquals(new float[] {-0.00026738643646240234f, 0.019158700481057167f, -0.029394470155239105f},
                Arrays.copyOf(fc1.weight(), 3));
        assertArrayEquals(new float[] {-0.01171777956187725f, 0.013269922696053982f, -0.002468675374984741f},
                Arrays.copyOf(fc1.bias(), 3));
    }
}
