package org.seedeverything.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.seedeverything.Seeds;
import org.seedeverything.spark.internal.TaskSeeding;

/**
 * Task streams and task-thread seeding: identical on local[1], local[2] and after a retried attempt (local[2,3]),
 * keyed by partition and scope. One session at a time (a JVM holds one SparkContext), each stopped after use.
 */
class TaskSeedingTest {
    private static final int PARTITIONS = 4;
    /** Attempts after the first, counted in the task itself (local mode: the test's JVM). */
    private static final AtomicInteger RETRIED = new AtomicInteger();

    /**
     * The task thread's ThreadLocalRandom seed. Its values are not compared: the JDK adds the thread's id at every
     * step, so the same seed gives other values on another thread (documented in src/docs/spark.md).
     */
    private static long threadSeed() throws ReflectiveOperationException {
        ThreadLocalRandom.current();
        Field seed = Thread.class.getDeclaredField("threadLocalRandomSeed");
        seed.setAccessible(true);
        return seed.getLong(Thread.currentThread());
    }

    /** Per row: the next value of SparkSeeds.stream("noise"), the thread's TLR seed, random("r")'s next int. */
    private static List<String> draws(SparkSession spark, String scope) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return SparkSeeds.scope(scope, () -> context.parallelize(List.of(0, 1, 2, 3, 4, 5, 6, 7), PARTITIONS)
                .mapPartitions(values -> {
                    TaskContext task = TaskContext.get();
                    if (task.attemptNumber() > 0) {
                        RETRIED.incrementAndGet();
                    }
                    List<String> out = new ArrayList<>();
                    while (values.hasNext()) {
                        int value = values.next();
                        out.add(task.partitionId() + "/" + value + " stream=" + SparkSeeds.stream("noise").nextLong()
                                + " tlr=" + threadSeed()
                                + " random=" + SparkSeeds.random("r").nextInt());
                    }
                    return out.iterator();
                }).collect());
    }

    @Test
    void streamsAndThreadSeedsRepeatAcrossParallelismAndRetries() throws Exception {
        List<String> single;
        List<String> otherScope;
        SparkSession spark = TestSessions.seeded("local[1]");
        try {
            single = draws(spark, "draws");
            otherScope = draws(spark, "other");
            assertThrows(IllegalStateException.class, () -> SparkSeeds.stream("noise"),
                    "outside a task there is no partition");
        } finally {
            spark.stop();
        }
        spark = TestSessions.seeded("local[2]");
        try {
            assertEquals(single, draws(spark, "draws"), "local[1] vs local[2]");
        } finally {
            spark.stop();
        }
        spark = TestSessions.seeded("local[2,3]");
        try {
            spark.sparkContext().setLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY, "1");
            RETRIED.set(0);
            List<String> retried = draws(spark, "draws");
            assertTrue(RETRIED.get() > 0, "partition 1 was retried");
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
            assertEquals(field(single.get(i), "stream="), field(otherScope.get(i), "stream="));
            assertNotEquals(field(single.get(i), "tlr="), field(otherScope.get(i), "tlr="));
        }
        // Two partitions never share task-thread seeds, and the seed is the one the core gives a pool thread.
        assertNotEquals(field(single.get(0), "tlr="), field(single.get(2), "tlr="));
        for (int partition = 0; partition < PARTITIONS; partition++) {
            assertEquals(coreThreadSeed("spark-task/draws/" + partition), field(single.get(2 * partition), "tlr="));
        }
    }

    /** The TLR seed of thread 0 of the core's seeded thread factory for {@code pool}, master 2021. */
    private static String coreThreadSeed(String pool) throws Exception {
        Seeds.everything(TestSessions.MASTER);
        long[] seed = new long[1];
        Exception[] failure = new Exception[1];
        Thread thread = Seeds.threadFactory(pool).newThread(() -> {
            try {
                seed[0] = threadSeed();
            } catch (ReflectiveOperationException e) {
                failure[0] = e;
            }
        });
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        return Long.toString(seed[0]);
    }

    private static String field(String line, String name) {
        int start = line.indexOf(name) + name.length();
        int end = line.indexOf(' ', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }
}
