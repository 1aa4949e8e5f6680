package org.seedeverything.spark;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.seedeverything.Seeds;

/** A small job whose tasks report what they draw, shared by the task-seeding tests. */
final class TaskDraws {
    static final int PARTITIONS = 4;
    /** Attempts after the first, counted in the task itself (local mode: the test's JVM). */
    static final AtomicInteger RETRIED = new AtomicInteger();

    private TaskDraws() {
    }

    /**
     * The task thread's ThreadLocalRandom seed. Its values are not compared: the JDK adds the thread's id at every
     * step, so the same seed gives other values on another thread (documented in src/docs/spark.md).
     */
    static long threadSeed() throws ReflectiveOperationException {
        ThreadLocalRandom.current();
        Field seed = Thread.class.getDeclaredField("threadLocalRandomSeed");
        seed.setAccessible(true);
        return seed.getLong(Thread.currentThread());
    }

    /** Per row: the next value of SparkSeeds.stream("noise"), the thread's TLR seed, random("r")'s next int. */
    static List<String> draws(SparkSession spark, String scope) {
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

    /** The TLR seed of thread 0 of the core's seeded thread factory for {@code pool}, master 2021. */
    static String coreThreadSeed(String pool) throws Exception {
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

    /** The draws without the thread seeds (which depend on what else ran on the task thread). */
    static List<String> withoutThreadSeeds(List<String> draws) {
        return draws.stream().map(line -> line.replaceFirst(" tlr=-?[0-9]+", "")).toList();
    }

    static String field(String line, String name) {
        int start = line.indexOf(name) + name.length();
        int end = line.indexOf(' ', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }
}
