package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J calls that take a seed reseed the calling thread's generator as a side effect (documented in
 * {@code src/docs/nd4j.md}): what the thread draws next no longer depends on the seed it had before.
 */
class HiddenReseedTest {

    static Stream<Arguments> reseedingCalls() {
        return Stream.of(
                Arguments.of("Nd4j.rand(long seed, long... shape)", (Consumer<Long>) seed -> Nd4j.rand(seed, new long[] {2, 3})),
                Arguments.of("Nd4j.rand(int[] shape, long seed)", (Consumer<Long>) seed -> Nd4j.rand(new int[] {4}, seed)),
                Arguments.of("Nd4j.randn(long seed, long[] shape)",
                        (Consumer<Long>) seed -> Nd4j.randn(seed, new long[] {3})),
                Arguments.of("Nd4j.rand(INDArray target, long seed)",
                        (Consumer<Long>) seed -> Nd4j.rand(Nd4j.create(DataType.FLOAT, 5), seed)),
                Arguments.of("Nd4j.randn(INDArray target, long seed)",
                        (Consumer<Long>) seed -> Nd4j.randn(Nd4j.create(DataType.DOUBLE, 5), seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reseedingCalls")
    @DisplayName("a call with a seed replaces the calling thread's state")
    void callWithSeedReseedsTheThread(String call, Consumer<Long> reseedingCall) {
        Nd4j.getRandom().setSeed(1L);
        reseedingCall.accept(77L);
        float[] afterFirstState = Nd4j.rand(DataType.FLOAT, 8).toFloatVector();
        assertEquals(77L, Nd4j.getRandom().rootState(), call + " leaves the seed as the thread's root state");

        Nd4j.getRandom().setSeed(123_456_789L);
        Nd4j.rand(DataType.FLOAT, 50);
        reseedingCall.accept(77L);
        float[] afterSecondState = Nd4j.rand(DataType.FLOAT, 8).toFloatVector();

        assertArrayEquals(afterFirstState, afterSecondState, call + ": the earlier state is forgotten");
    }
}
