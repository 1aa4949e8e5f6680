package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.ForkedJvm;

/**
 * Mode DETERMINISTIC in fresh JVMs: what ND4J accepted is read back and reported, load-time variables that disagree
 * are reported, and a child started with what {@code Seeds.configure(ProcessBuilder)} gives gets the settings.
 */
class Nd4jDeterminismFlagsTest {

    @Test
    @DisplayName("a thread count requested too late is reported as not applied unless ND4J already uses it")
    void reportsWhatTookEffect() {
        ProbeOutput run = new ProbeOutput(ForkedJvm.create()
                .options("-D" + Nd4jSeeds.THREADS_PROPERTY + "=1")
                .environment("SD_MASTER_THREADS", "3")
                .run(SeedingProbe.class, "flags"));
        List<String[]> notes = notes(run);

        String[] helpers = note(notes, "nd4j.helpers", run);
        assertEquals("true", helpers[1], run::toString);
        assertEquals("false", run.get("fact.nd4j.helpers-allowed"));

        String[] threads = note(notes, "nd4j.threads", run);
        boolean usesOne = run.get("fact.nd4j.threads").equals("1") && run.get("fact.nd4j.threads.master").equals("1");
        assertEquals(String.valueOf(usesOne), threads[1], "the note must agree with the values read back:\n" + run);
        if (!usesOne) {
            assertTrue(threads[3].contains("OMP_NUM_THREADS=1"), threads[3]);
        }

        String[] conflict = note(notes, "nd4j.environment", run);
        assertEquals("false", conflict[1]);
        assertTrue(conflict[2].contains("SD_MASTER_THREADS=3"), conflict[2]);

        assertTrue(List.of(run.get("child.options").split(" ")).contains("-D" + Nd4jSeeds.THREADS_PROPERTY + "=1"),
                run.get("child.options"));
        assertEquals("1", run.get("child.env.OMP_NUM_THREADS"));
        assertEquals("1", run.get("child.env.SD_MAX_THREADS"));
        assertEquals("1", run.get("child.env.SD_MASTER_THREADS"));
        assertEquals("1", run.get("child.env.SD_FORBID_HELPERS"));
    }

    @Test
    @DisplayName("a child launched with the variables from Seeds.configure gets the thread count and no warnings")
    void childEnvironmentTakesEffect() {
        ProbeOutput run = new ProbeOutput(ForkedJvm.create()
                .options("-D" + Nd4jSeeds.THREADS_PROPERTY + "=1")
                .environment("OMP_NUM_THREADS", "1")
                .environment("SD_MAX_THREADS", "1")
                .environment("SD_MASTER_THREADS", "1")
                .environment("SD_FORBID_HELPERS", "1")
                .run(SeedingProbe.class, "flags"));
        for (String[] note : notes(run)) {
            assertEquals("true", note[1], () -> String.join(" | ", note) + "\n" + run);
        }
        assertEquals("1", run.get("fact.nd4j.threads"));
        assertEquals("1", run.get("fact.nd4j.env.OMP_NUM_THREADS"));
        assertEquals("false", run.get("fact.nd4j.helpers-allowed"));
        assertFalse(run.get("fact.nd4j.blas.vendor").isBlank());
        assertEquals("1.0.0-M2.1", run.get("fact.nd4j.version"), "the version of nd4j-api in the root pom");
    }

    private static List<String[]> notes(ProbeOutput run) {
        List<String[]> notes = new ArrayList<>();
        run.withPrefix("note.").values().forEach(line -> notes.add(line.split("\\|", -1)));
        return notes;
    }

    private static String[] note(List<String[]> notes, String source, ProbeOutput run) {
        return notes.stream().filter(note -> note[0].equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no note from " + source + ":\n" + run));
    }
}
