package org.seedeverything.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;

/** Named parameters draw their own streams, and bad arguments get messages that name the value and the fix. */
class InitArgumentsTest {
    private static void seedOnlyTheMaster(long master) {
        Seeds.builder().master(master).include("seedeverything.init.test.no-target").log(false).apply();
    }

    @Test
    @DisplayName("a named fill uses Seeds.derive(name): the same as the explicit seed, and its own stream")
    void namedFillsUseTheirOwnDerivedStream() {
        seedOnlyTheMaster(2021);
        long[] shape = {32, 16};
        float[] named = new float[512];
        Init.kaimingUniform(named, shape, "layer1.weight", 0, FanMode.FAN_IN, Nonlinearity.RELU);
        float[] explicit = new float[512];
        Init.kaimingUniform(explicit, shape, Seeds.derive("layer1.weight"), 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertArrayEquals(explicit, named);

        // Initialising another layer first (a new layer in the model) leaves layer1 unchanged.
        float[] newLayer = new float[512];
        Init.xavierNormal(newLayer, shape, "layer0.weight", 1);
        float[] again = new float[512];
        Init.kaimingUniform(again, shape, "layer1.weight", 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertArrayEquals(named, again);
        float[] other = new float[512];
        Init.kaimingUniform(other, shape, "layer2.weight", 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertFalse(Arrays.equals(named, other), "different names must give different values");
    }

    @Test
    @DisplayName("a named fill before any master seed tells the user to call Seeds.everything")
    void namedFillNeedsAMaster() {
        // Other tests may have set a master already; the message is checked only when none is set.
        if (!Seeds.isSeeded()) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> Init.normal(new float[4], new long[] {4}, "w", 0, 1));
            assertTrue(error.getMessage().contains("Seeds.everything"), error.getMessage());
        }
    }

    @Test
    @DisplayName("a shape that does not fit the array names both sizes")
    void shapeMismatch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Init.normal(new float[1000], new long[] {256, 784}, 1, 0, 1));
        assertEquals("Shape [256, 784] has 200704 elements but the array has 1000; pass an array of exactly that"
                + " length", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(new double[4], new long[] {-2, -2}, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(new double[4], null, 1, 0, 1));
    }

    @Test
    @DisplayName("fans, Xavier, Kaiming and orthogonal refuse vectors and empty fans, as PyTorch does")
    void fansNeedTwoDimensions() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Init.xavierUniform(new float[10], new long[] {10}, 1, 1));
        assertTrue(error.getMessage().contains("at least 2 dimensions"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Init.orthogonal(new float[10], new long[] {10}, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Init.kaimingNormal(new float[0], new long[] {4, 0}, 1, 0, FanMode.FAN_IN, Nonlinearity.RELU));
        assertThrows(IllegalArgumentException.class, () -> Init.eye(new float[8], new long[] {2, 2, 2}));
    }

    @Test
    @DisplayName("bad distribution parameters are refused with the values in the message")
    void badParameters() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Init.uniform(new float[4], new long[] {4}, 1, 1, -1));
        assertTrue(range.getMessage().contains("[1.0, -1.0)"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Init.normal(new float[4], new long[] {4}, 1, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(new float[4], new long[] {4}, 1, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Init.truncNormal(new float[4], new long[] {4}, 1, 0, 1, 2, -2));
        assertThrows(IllegalArgumentException.class,
                () -> Init.calculateGain(Nonlinearity.LEAKY_RELU, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Init.setParallelism(0));
        assertThrows(IllegalArgumentException.class,
                () -> Init.dl4j(new float[4], new long[] {2, 2}, 1, Dl4jWeightInit.XAVIER, 0, 2));
    }

    @Test
    @DisplayName("empty tensors are filled without error, as PyTorch's init functions allow")
    void emptyTensors() {
        Init.normal(new float[0], new long[] {0, 5}, 1, 0, 1);
        Init.orthogonal(new double[0], new long[] {0, 5}, 1, 1);
        Init.uniform(new double[0], new long[] {0}, 1, 0, 1);
    }
}
