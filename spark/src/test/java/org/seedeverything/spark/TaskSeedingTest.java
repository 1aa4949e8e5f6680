package org.seedeverything.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.spark.internal.TaskSeeding;

/**
 * Task streams and task-thread seeding: identical on local[1], local[2] and after a retried attempt (local[2,3]),
 * keyed by partition and scope. One session at a time (a JVM holds one SparkContext), each stopped after use.
 */
class TaskSeedingTest {
    private static final int PARTITIONS = TaskDraws.PARTITIONS;

    @Test
    void streamsAndThreadSeedsRepeatAcrossParallelismAndRetries() throws Exception {
        List<String> single;
        List<String> otherScope;
        SparkSession spark = TestSessions.seeded("local[1]");
        try {
            single = TaskDraws.draws(spark, "draws");
            otherScope = TaskDraws.draws(spark, "other");
            assertThrows(IllegalStateException.class, () -> SparkSeeds.stream("noise"),
                    "outside a task there is no partition");
        } finally {
            spark.stop();
        }
        spark = TestSessions.seeded("local[2]");
        try {
            assertEquals(single, TaskDraws.draws(spark, "draws"), "local[1] vs local[2]");
        } finally {
            spark.stop();
        }
        spark = TestSessions.seeded("local[2,3]");
        try {
            spark.sparkContext().setLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY, "1");
            TaskDraws.RETRIED.set(0);
            List<String> retried = TaskDraws.draws(spark, "draws");
            assertTrue(TaskDraws.RETRIED.get() > 0, "partition 1 was retried");
            assertEquals(single, retried, "local[1] vs a retried attempt on local[2,3]");
        } finally {
            spark.sparkContext().setLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY, null);
            spark.stop();
        }

        // Independent of Spark: partition p's stream is the core's stream for (master, name, p).
        for (int partition = 0; partition < PARTITIONS; partition++) {
            UniformRandomProvider expected = Seeds.streamFor(TestSessions.MASTER, "noise", partition);
            String first = single.get(2 * partition);
            assertTrue(first.startsWith(partition + "/" + 2 * partition + " stream=" + expected.nextLong() + " "), first);
            String second = single.get(2 * partition + 1);
            assertTrue(second.contains(" stream=" + expected.nextLong() + " "), "the stream continues: " + second);
        }
        // Another scope: the same streams (keyed by name), other task-thread values (keyed by scope).
        for (int i = 0; i < single.size(); i++) {
            assertEquals(TaskDraws.field(single.get(i), "stream="), TaskDraws.field(otherScope.get(i), "stream="));
            assertNotEquals(TaskDraws.field(single.get(i), "tlr="), TaskDraws.field(otherScope.get(i), "tlr="));
        }
        // Two partitions never share task-thread seeds, and the seed is the one the core gives a pool thread.
        assertNotEquals(TaskDraws.field(single.get(0), "tlr="), TaskDraws.field(single.get(2), "tlr="));
        for (int partition = 0; partition < PARTITIONS; partition++) {
            assertEquals(TaskDraws.coreThreadSeed("spark-task/draws/" + partition), TaskDraws.field(single.get(2 * partition), "tlr="));
        }
    }

}
