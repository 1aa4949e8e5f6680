package org.seedeverything.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.seedeverything.Seeds;
import org.seedeverything.spark.internal.ExecutorSeeds;
import org.seedeverything.spark.internal.TaskSeeding;

/**
 * Seeded randomness inside Spark tasks, one stream per (master, name, partition index), and the scope that names the
 * operation whose tasks are seeded.
 *
 * <pre>{@code
 * Dataset<Row> noisy = data.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
 *     UniformRandomProvider noise = SparkSeeds.stream("noise");   // same values on every attempt and executor
 *     ...
 * }, encoder);
 * long kept = SparkSeeds.scope("augment", () -> augmented.count()); // ThreadLocalRandom in these tasks is keyed "augment"
 * }</pre>
 *
 * <h2>Streams</h2>
 * {@link #stream(String)} in partition {@code p} is {@code Seeds.streamFor(master, name, p)}: the driver can rebuild
 * any partition's stream with {@code Seeds.stream(name, p)}. Within one task attempt, calls with the same name
 * return the same generator (so a per-row call continues the stream); a retried or speculative attempt starts it
 * afresh. Values therefore depend on the partition index and the row's position in its partition, like Spark's own
 * {@code rand(seed)}: a different partitioning, or a different row order inside a partition, gives other values.
 *
 * <h2>Scopes</h2>
 * Before every task, the plugin seeds the task thread's {@code ThreadLocalRandom} (and ND4J's) from (master, scope,
 * partition). The scope is what {@link #scope(String, Supplier)} set on the driver thread that started the action,
 * else {@code "default"}: without scopes, partition k of every stage gets the same per-thread seed, so give each
 * action that draws from them its own scope. {@code ThreadLocalRandom}'s values also depend on the thread's id (the
 * JDK adds it at every step), so they repeat only on the same thread layout: for values that must repeat across
 * parallelism, retries and executors, use {@link #stream(String)}.
 *
 * @since 0.1
 */
public final class SparkSeeds {
    /** The local property that carries the scope to tasks: {@value}. */
    public static final String SCOPE_PROPERTY = TaskSeeding.SCOPE_PROPERTY;

    private SparkSeeds() {
    }

    /**
     * The stream for {@code name} in the running task's partition: xoshiro256++ from (master, name, partition).
     *
     * @throws IllegalStateException outside a task, or when the plugin did not bring a master to this JVM
     */
    public static UniformRandomProvider stream(String name) {
        requireName(name);
        long master = ExecutorSeeds.requireMaster("SparkSeeds.stream(\"" + name + "\")");
        return TaskSeeding.generator("SparkSeeds.stream", name, partition -> Seeds.streamFor(master, name, partition));
    }

    /**
     * A {@code java.util.Random} for {@code name} in the running task's partition, seeded with the first
     * {@code nextLong()} of the stream for ("random/" + name), for APIs that want a {@code Random}.
     *
     * @throws IllegalStateException outside a task, or when the plugin did not bring a master to this JVM
     */
    public static Random random(String name) {
        requireName(name);
        long master = ExecutorSeeds.requireMaster("SparkSeeds.random(\"" + name + "\")");
        return TaskSeeding.generator("SparkSeeds.random", name,
                partition -> new Random(Seeds.streamFor(master, "random/" + name, partition).nextLong()));
    }

    /**
     * Runs {@code action} (typically one Spark action) with the scope {@code name}: its tasks seed their per-thread
     * generators from (master, name, partition). The previous scope of this thread is restored afterwards.
     *
     * @throws IllegalStateException when no SparkSession is active on this thread
     */
    public static <T> T scope(String name, Supplier<T> action) {
        requireName(name);
        SparkContext context = activeContext();
        String previous = context.getLocalProperty(SCOPE_PROPERTY);
        context.setLocalProperty(SCOPE_PROPERTY, name);
        try {
            return action.get();
        } finally {
            context.setLocalProperty(SCOPE_PROPERTY, previous);
        }
    }

    /** {@link #scope(String, Supplier)} for an action without a result. */
    public static void scope(String name, Runnable action) {
        scope(name, () -> {
            action.run();
            return null;
        });
    }

    /**
     * The JVM options a driver started with plain {@code java} (not {@code spark-submit}) needs: the module options
     * Spark's launcher adds (JDK 17 to 25; unknown ones are ignored) and those seeding needs
     * ({@code Seeds.requiredJvmOptions()}). Executors that Spark starts get Spark's own options automatically; add
     * the seeding ones with {@code spark.executor.extraJavaOptions}.
     */
    public static List<String> driverJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+IgnoreUnrecognizedVMOptions",
                "--add-modules=jdk.incubator.vector",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
                "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
                "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
                "-Dio.netty.tryReflectionSetAccessible=true", "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED"));
        for (String option : Seeds.requiredJvmOptions()) {
            String joined = option.replace("--add-opens ", "--add-opens=");
            if (!options.contains(joined)) {
                options.add(joined);
            }
        }
        return List.copyOf(options);
    }

    private static SparkContext activeContext() {
        scala.Option<SparkSession> active = SparkSession.getActiveSession();
        if (active.isEmpty()) {
            active = SparkSession.getDefaultSession();
        }
        if (active.isEmpty()) {
            throw new IllegalStateException("SparkSeeds.scope needs an active SparkSession on this thread; build one"
                    + " with SparkSession.builder()...getOrCreate() first");
        }
        return active.get().sparkContext();
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The name '" + name + "' is empty; give a stable name such as"
                    + " \"noise\" that says what the randomness is for");
        }
    }
}
