package org.seedeverything.examples.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Training shows why initial weights must differ: identical units get identical gradients forever. */
class SymmetryLessonTest {
    private static final int STEPS = 200;

    @Test
    @DisplayName("from zeros the hidden units stay one unit (and dead); only the output bias learns")
    void zerosNeverBreakSymmetry() {
        SymmetryLesson.Outcome outcome = SymmetryLesson.train(SymmetryLesson.Start.ZEROS, STEPS, 2021);
        assertEquals(1, outcome.distinctUnitsAtStart());
        assertEquals(1, outcome.distinctUnitsAtEnd());
        assertTrue(outcome.lossAtEnd() <= outcome.lossAtStart());
        assertTrue(outcome.sentence().contains("still 1 distinct unit"), outcome.sentence());
    }

    @Test
    @DisplayName("from a constant the hidden units learn, but in lockstep: still one distinct unit")
    void constantNeverBreaksSymmetry() {
        SymmetryLesson.Outcome outcome = SymmetryLesson.train(SymmetryLesson.Start.CONSTANT, STEPS, 2021);
        assertEquals(1, outcome.distinctUnitsAtEnd());
        assertTrue(!outcome.symmetryBroken());
    }

    @Test
    @DisplayName("from He init every hidden unit is different and the loss falls further than with zeros")
    void heInitBreaksSymmetry() {
        SymmetryLesson.Outcome he = SymmetryLesson.train(SymmetryLesson.Start.HE, STEPS, 2021);
        SymmetryLesson.Outcome zeros = SymmetryLesson.train(SymmetryLesson.Start.ZEROS, STEPS, 2021);
        assertEquals(SymmetryLesson.HIDDEN_UNITS, he.distinctUnitsAtStart());
        assertEquals(SymmetryLesson.HIDDEN_UNITS, he.distinctUnitsAtEnd());
        assertTrue(he.symmetryBroken());
        assertTrue(he.lossAtEnd() < zeros.lossAtEnd(), he.sentence() + " / " + zeros.sentence());
    }
}
