package org.seedeverything.nd4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.spi.DeterminismNote;

/** The pure parts of the deterministic flags: conflicting load-time variables and the zero seed. */
class Nd4jDeterminismTest {
    private static final ThreadCounts TWO_THREADS = new ThreadCounts(2, 2);

    @Test
    @DisplayName("load-time thread variables that disagree with the count in effect are reported with a fix")
    void conflictingVariablesAreReported() {
        List<DeterminismNote> notes = Nd4jDeterminism.environmentConflicts(
                Map.of("OMP_NUM_THREADS", "4", "SD_MAX_THREADS", "2", "SD_MASTER_THREADS", "1"), TWO_THREADS);
        assertEquals(2, notes.size(), notes::toString);
        for (DeterminismNote note : notes) {
            assertFalse(note.applied());
            assertEquals("nd4j.environment", note.source());
        }
        assertTrue(notes.get(0).message().startsWith("OMP_NUM_THREADS=4"), notes.get(0).message());
        assertTrue(notes.get(0).fix().contains("OMP_NUM_THREADS=2"), notes.get(0).fix());
        assertTrue(notes.get(1).message().startsWith("SD_MASTER_THREADS=1"), notes.get(1).message());
    }

    @Test
    @DisplayName("agreeing or unset variables give no note")
    void agreeingVariablesAreSilent() {
        assertEquals(List.of(), Nd4jDeterminism.environmentConflicts(Map.of("OMP_NUM_THREADS", " 2 "), TWO_THREADS));
        assertEquals(List.of(), Nd4jDeterminism.environmentConflicts(Map.of(), TWO_THREADS));
    }

    @Test
    @DisplayName("seed 0, which libnd4j would replace by the clock, is never handed to ND4J")
    void zeroSeedIsReplaced() {
        assertEquals(ThreadRandoms.ZERO_REPLACEMENT, ThreadRandoms.nonZero(0));
        assertTrue(ThreadRandoms.ZERO_REPLACEMENT != 0);
        assertEquals(-1L, ThreadRandoms.nonZero(-1L));
    }

    @Test
    @DisplayName("a bad thread count names the property and a valid example")
    void badThreadCountIsRejected() {
        String previous = System.setProperty(Nd4jDeterminism.THREADS_PROPERTY, "two");
        try {
            IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, ChildSettings::requestedThreads);
            assertTrue(error.getMessage().contains("-Dseeds.nd4j.threads=two"), error.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(Nd4jDeterminism.THREADS_PROPERTY);
            } else {
                System.setProperty(Nd4jDeterminism.THREADS_PROPERTY, previous);
            }
        }
    }
}
