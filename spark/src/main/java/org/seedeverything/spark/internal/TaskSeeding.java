package org.seedeverything.spark.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.seedeverything.Seeds;

/**
 * What happens on the task thread: its per-thread generators are seeded before the task runs, and
 * {@code SparkSeeds.stream/random} give each task attempt one generator per name that starts in the same state on
 * every attempt, executor and run.
 *
 * <h2>The task key</h2>
 * (master, scope, partition index). The scope is the local property {@value #SCOPE_PROPERTY} (set by
 * {@code SparkSeeds.scope(name, action)} on the driver thread that starts the action), else
 * {@value #DEFAULT_SCOPE}. Attempt number, stage id, task id, executor id and thread name are never used: stage and
 * task ids count every job the context ran before, and retries and speculative copies must reproduce the first
 * attempt.
 */
public final class TaskSeeding {
    /** The local property naming the operation whose tasks are seeded: {@value}. */
    public static final String SCOPE_PROPERTY = "seeds.scope";
    /** The scope of tasks started outside {@code SparkSeeds.scope}: {@value}. */
    public static final String DEFAULT_SCOPE = "default";
    /** Local property asking the plugin to fail the first attempt of one partition (SparkDeterminism): {@value}. */
    public static final String FAIL_FIRST_ATTEMPT_PROPERTY = "seeds.test.failFirstAttemptOfPartition";

    private static final ThreadLocal<TaskGenerators> GENERATORS = new ThreadLocal<>();

    private TaskSeeding() {
    }

    /** The scope of the running task. */
    public static String scope(TaskContext task) {
        String scope = task.getLocalProperty(SCOPE_PROPERTY);
        return scope == null || scope.isEmpty() ? DEFAULT_SCOPE : scope;
    }

    /**
     * Seeds the calling task thread's per-thread targets (ThreadLocalRandom; ND4J with the adapter) from (master,
     * "spark-task/" + scope + "/" + partition), through the core's {@code Seeds.seedCurrentThread}.
     */
    public static void seedTaskThread(TaskContext task) {
        String key = "spark-task/" + scope(task) + "/" + task.partitionId();
        Seeds.seedCurrentThread(key);
    }

    /** When the driver asked for it, makes the first attempt of the named partition fail after its work. */
    public static void injectFailure(TaskContext task) {
        String partition = task.getLocalProperty(FAIL_FIRST_ATTEMPT_PROPERTY);
        if (partition != null && task.attemptNumber() == 0 && Integer.toString(task.partitionId()).equals(partition)) {
            task.addTaskCompletionListener((TaskCompletionListener) done -> {
                throw new InjectedTaskFailure(done.partitionId(), done.stageId());
            });
        }
    }

    /** The generator named {@code name} of the running task attempt, created on first use. */
    public static <T> T generator(String kind, String name, Function<Integer, T> create) {
        TaskContext task = TaskContext.get();
        if (task == null) {
            throw new IllegalStateException(kind + "(\"" + name + "\") is called outside a Spark task: it gives"
                    + " each partition its own stream, so call it inside mapPartitions/map/foreachPartition, or use"
                    + " Seeds.stream(\"" + name + "\", partition) on the driver");
        }
        TaskGenerators current = GENERATORS.get();
        if (current == null || current.task != task) {
            current = new TaskGenerators(task);
            GENERATORS.set(current);
        }
        @SuppressWarnings("unchecked")
        T generator = (T) current.byName.computeIfAbsent(kind + "/" + name, key -> create.apply(task.partitionId()));
        return generator;
    }

    /** The generators of one task attempt (a thread runs one task at a time). */
    private static final class TaskGenerators {
        final TaskContext task;
        final Map<String, Object> byName = new HashMap<>();

        TaskGenerators(TaskContext task) {
            this.task = task;
        }
    }

    /** The failure {@link #injectFailure} throws: Spark retries the task, which must reproduce its output. */
    public static final class InjectedTaskFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedTaskFailure(int partition, int stage) {
            super("seed-everything injected a failure into the first attempt of partition " + partition
                    + " (stage " + stage + ") to check that its retry gives the same rows");
        }
    }
}
