package org.seedeverything.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.seedeverything.fingerprint.FingerprintRecorder;

/** The example of {@code src/docs/junit.md}, run by the build as an ordinary test class. */
@SeedEverything
class UserGuideExampleTest {

    @Test
    void shuffleKeepsEveryCard(UniformRandomProvider random) {
        List<Integer> deck = new ArrayList<>(IntStream.range(0, 52).boxed().toList());
        Collections.shuffle(deck);                      // seeded: the same order on every run with this seed
        int cut = random.nextInt(deck.size());          // an injected stream of this test's own
        Collections.rotate(deck, cut);

        List<Integer> sorted = new ArrayList<>(deck);
        Collections.sort(sorted);
        assertEquals(IntStream.range(0, 52).boxed().toList(), sorted);
    }

    @DeterminismCheck(runs = 2, forked = true)
    void initialWeightsAreReproducible(FingerprintRecorder recorder, UniformRandomProvider random) {
        double limit = Math.sqrt(6.0 / (16 + 16));       // Glorot uniform for a 16 x 16 layer
        double[] weights = new double[16 * 16];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (2 * random.nextDouble() - 1) * limit;
        }
        recorder.record("layer1.W", weights, 16, 16);
    }
}
