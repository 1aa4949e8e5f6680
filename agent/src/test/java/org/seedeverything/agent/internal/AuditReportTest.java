package org.seedeverything.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditReportTest {
    @Test
    void listsOrdinarySourcesByCountThenSecureOnesApart() {
        CallSiteUses randoms = uses(UnseededSource.NEW_RANDOM, "com.example.Trainer.shuffle(Trainer.java:42)", 3);
        CallSiteUses math = uses(UnseededSource.MATH_RANDOM, "com.example.Trainer.init(Trainer.java:7)", 1);
        CallSiteUses uuid = uses(UnseededSource.RANDOM_UUID, "com.example.Ids.next(Ids.java:3)", 5);

        String text = AuditReport.text(List.of(randoms, math, uuid));

        assertEquals(List.of(
                "[seed-everything agent] unseeded randomness: 4 unseeded uses at 2 call sites",
                "  3 x new java.util.Random() at com.example.Trainer.shuffle(Trainer.java:42)",
                "  1 x Math.random() at com.example.Trainer.init(Trainer.java:7)"),
                text.lines().limit(3).toList());
        assertEquals(List.of("  secure sources (random by design, not seeded):",
                "  5 x UUID.randomUUID() at com.example.Ids.next(Ids.java:3)"),
                text.lines().skip(4).toList());
    }

    @Test
    void saysSoWhenNothingWasSeenAndNamesWhatItCannotWatch() {
        String text = AuditReport.text(List.of());
        assertTrue(text.startsWith("[seed-everything agent] unseeded randomness: none seen\n"), text);
        for (String unwatched : List.of("Set.of", "races", "SecureRandom", "libraries' own generators")) {
            assertTrue(text.contains(unwatched), () -> unwatched + " missing from:\n" + text);
        }
    }

    @Test
    void onlyCodeOutsideTheJdkAndThisLibrarysInternalsIsCounted() {
        assertEquals(false, UnseededUseRecorder.counted(java.util.Collections.class));
        assertEquals(false, UnseededUseRecorder.counted(java.sql.Date.class));
        assertEquals(false, UnseededUseRecorder.counted(org.seedeverything.Seeds.class));
        assertEquals(false, UnseededUseRecorder.counted(UnseededUseRecorder.class));
        assertEquals(true, UnseededUseRecorder.counted(org.seedeverything.agent.fixtures.AuditedProgram.class));
    }

    private static CallSiteUses uses(UnseededSource source, String site, int count) {
        CallSiteUses uses = new CallSiteUses(source, site, List.of(site));
        for (int i = 0; i < count; i++) {
            uses.increment();
        }
        return uses;
    }
}
