package org.seedeverything.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import org.seedeverything.TargetStatus;
import org.seedeverything.internal.Derivation;

/** The two targets found through ServiceLoader: what they report, and the seeds threads nobody seeded get. */
class SeedTargetsTest {
    @Test
    @DisplayName("the report names the one line DL4J needs under dl4j.configuration")
    void reportNamesTheBuilderLine() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        TargetResult configuration = report.target("dl4j.configuration").orElseThrow();
        assertEquals(TargetStatus.SKIPPED, configuration.status(), report::toString);
        assertTrue(configuration.fix().contains(".seed(Seeds.derive(\"model\"))"), configuration::fix);
        assertTrue(configuration.fix().contains("shuffle(Seeds.derive(\"shuffle\", epoch))"), configuration::fix);
        assertTrue(report.toString().contains("fix: new NeuralNetConfiguration.Builder().seed("), report::toString);
    }

    @Test
    @DisplayName("the n-th thread of a name gets derive(target seed, 'dl4j.thread/' + name, n) on its first draw")
    void threadsNobodySeededGetSeedsFromTheirName() throws InterruptedException {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        TargetResult threads = report.target("dl4j.threads").orElseThrow();
        assertEquals(TargetStatus.SEEDED, threads.status(), report::toString);

        long first = rootStateOfNewThread("prefetch");
        long second = rootStateOfNewThread("prefetch");
        assertEquals(Derivation.derive(threads.seed(), "dl4j.thread/prefetch", 0), first);
        assertEquals(Derivation.derive(threads.seed(), "dl4j.thread/prefetch", 1), second);

        Seeds.builder().master(2021).log(false).apply();   // a new run in this JVM numbers the threads afresh
        assertEquals(first, rootStateOfNewThread("prefetch"));
        Seeds.builder().master(2022).log(false).apply();
        assertNotEquals(first, rootStateOfNewThread("prefetch"));
    }

    private static long rootStateOfNewThread(String name) throws InterruptedException {
        AtomicLong root = new AtomicLong();
        Thread thread = new Thread(() -> root.set(Nd4j.getRandom().rootState()), name);
        thread.start();
        thread.join();
        return root.get();
    }
}
