package org.seedeverything.parity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.seedeverything.init.FanMode;
import org.seedeverything.init.Nonlinearity;
import org.seedeverything.parity.numpy.NumpyGenerator;
import org.seedeverything.parity.numpy.NumpyRandomState;
import org.seedeverything.parity.torch.TorchGenerator;
import org.seedeverything.parity.torch.TorchInit;

/** Bad input is rejected with a message that names the value, where PyTorch or NumPy would reject it too. */
class BadInputTest {

    private static void rejects(Executable call, String... mentions) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String mention : mentions) {
            assertTrue(e.getMessage().contains(mention), () -> "'" + e.getMessage() + "' should mention " + mention);
        }
    }

    @Test
    void torchGenerator() {
        TorchGenerator g = new TorchGenerator(1);
        rejects(() -> g.randint(5, 5, 3), "low=5", "high=5");
        rejects(() -> g.rand(-1), "-1");
        rejects(() -> g.randperm(300_000_000), "300000000");
        rejects(() -> g.bernoulli(3, 1.5), "1.5");
        rejects(() -> g.dropoutMask(3, 1.0), "1.0");
        rejects(() -> g.setState(new byte[100]), "5056", "100");
    }

    @Test
    void torchInit() {
        TorchGenerator g = new TorchGenerator(1);
        rejects(() -> TorchInit.kaimingUniform(g, new float[6], new long[] {6}, 0, FanMode.FAN_IN,
                Nonlinearity.RELU), "fewer than 2");
        rejects(() -> TorchInit.xavierUniform(g, new float[5], new long[] {2, 3}, 1.0), "5 elements", "[2, 3]");
        rejects(() -> TorchInit.embedding(g, 10, 4, 10), "padding_idx", "10");
        rejects(() -> TorchInit.linear(g, 0, 3), "[3, 0]");
    }

    @Test
    void numpy() {
        rejects(() -> new NumpyRandomState(1L << 32), "2**32 - 1", "4294967296");
        rejects(() -> new NumpyRandomState(-1), "-1");
        rejects(NumpyRandomState::ofArray, "non-empty");
        rejects(() -> NumpyGenerator.defaultRng(-5), "-5");
        rejects(() -> NumpyGenerator.defaultRng(1).integers(3, 3, 1), "low=3");
        rejects(() -> new NumpyRandomState(1).choice(5, 6, false), "6", "5");
    }
}
