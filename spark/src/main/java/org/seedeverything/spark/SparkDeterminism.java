package org.seedeverything.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.storage.StorageLevel;
import org.seedeverything.Seeds;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.spark.internal.DatasetRows;
import org.seedeverything.spark.internal.Differences;
import org.seedeverything.spark.internal.ExecutorSeeds;
import org.seedeverything.spark.internal.MultisetDigest;
import org.seedeverything.spark.internal.RowDigests;
import org.seedeverything.spark.internal.RowFingerprintFormat;
import org.seedeverything.spark.internal.TaskSeeding;

/**
 * Runs a Spark job several times under variations and reports which ones changed its result, with fingerprints and
 * the rows that differ:
 * <pre>{@code
 * SparkDeterminismReport report = SparkDeterminism.builder(spark, s -> buildFeatures(s)).check();
 * report.assertDeterministic();
 * // run 3 parallelism (spark.sql.shuffle.partitions 4 -> 9): CHANGED fp1:...: 3 of 1000000 rows differ; only in run 1: [...]
 * }</pre>
 *
 * <h2>Variations</h2>
 * Run 1 is the baseline; then a plain <b>repeat</b>; a different <b>parallelism</b> ({@code
 * spark.sql.shuffle.partitions} changed); a <b>retry</b>, where the first attempt of partition 0 fails after
 * doing its work and Spark runs it again (in every stage with the plugin, else in the last stage only; needs
 * {@code spark.task.maxFailures >= 2}, e.g. {@code local[2,2]}, otherwise reported as skipped); and, if asked, different <b>input partitions</b>
 * ({@code spark.sql.leafNodeDefaultParallelism} and {@code spark.sql.files.minPartitionNum}), which many jobs
 * legitimately depend on, so it is reported but does not make the check fail.
 *
 * <h2>How</h2>
 * Each run builds the job in a new session of the same context ({@code newSession()}, so settings do not leak),
 * after reseeding the driver ({@code Seeds} with the same master: unseeded {@code rand()}, {@code sample} and
 * {@code randomSplit} draw the same seeds in every run). Its rows are persisted (memory and disk) so that the
 * fingerprint pass and the search for differing rows see the same rows, and unpersisted at the end.
 *
 * @since 0.1
 */
public final class SparkDeterminism {
    private static final Pattern LOCAL_WITH_FAILURES = Pattern.compile("local\\[\\s*([0-9]+|\\*)\\s*,\\s*([0-9]+)\\s*]");

    private final SparkSession session;
    private final Function<SparkSession, Dataset<?>> job;
    private final long master;
    private final boolean inputPartitions;
    private final int shownRows;

    private SparkDeterminism(Builder builder) {
        this.session = builder.session;
        this.job = builder.job;
        this.master = builder.master != null ? builder.master : defaultMaster();
        this.inputPartitions = builder.inputPartitions;
        this.shownRows = builder.shownRows;
    }

    /** A check of {@code job} (a function from a session to the Dataset it produces) on {@code session}'s context. */
    public static Builder builder(SparkSession session, Function<SparkSession, Dataset<?>> job) {
        return new Builder(session, job);
    }

    /** Checks {@code job} with the default variations (repeat, parallelism, retry). */
    public static SparkDeterminismReport check(SparkSession session, Function<SparkSession, Dataset<?>> job) {
        return builder(session, job).check();
    }

    private static long defaultMaster() {
        Long plugin = ExecutorSeeds.master();
        if (plugin != null) {
            return plugin;
        }
        return Seeds.isSeeded() ? Seeds.master() : 0;
    }

    private SparkDeterminismReport run() {
        SparkContext context = session.sparkContext();
        int shufflePartitions = Integer.parseInt(session.conf().get("spark.sql.shuffle.partitions"));
        int otherPartitions = shufflePartitions * 2 + 1;
        int leafParallelism = context.defaultParallelism();
        int otherLeaf = leafParallelism * 2 + 1;
        List<Persisted> persisted = new ArrayList<>();
        List<Variation> variations = new ArrayList<>();
        try {
            Persisted baseline = execute(newSession(), null);
            persisted.add(baseline);
            variations.add(new Variation(1, "baseline", "", baseline.fingerprint(), baseline.count(), null, null,
                    true));
            variations.add(compare(2, "repeat", "", execute(newSession(), null), baseline, persisted, true));
            SparkSession parallel = newSession();
            parallel.conf().set("spark.sql.shuffle.partitions", Integer.toString(otherPartitions));
            variations.add(compare(3, "parallelism", "spark.sql.shuffle.partitions " + shufflePartitions + " -> "
                    + otherPartitions, execute(parallel, null), baseline, persisted, true));
            String retrySetting = context.getConf().get("spark.plugins", "")
                    .contains(SeedEverythingPlugin.class.getName())
                    ? "the first attempt of partition 0 of every stage fails"
                    : "the first attempt of the last stage's partition 0 fails (earlier stages too with the plugin)";
            String retrySkip = retrySkipReason(context);
            if (retrySkip == null) {
                variations.add(compare(4, "retry", retrySetting, execute(newSession(), "0"), baseline, persisted,
                        true));
            } else {
                variations.add(new Variation(4, "retry", retrySetting, null, -1, null, retrySkip, true));
            }
            if (inputPartitions) {
                SparkSession input = newSession();
                input.conf().set("spark.sql.leafNodeDefaultParallelism", Integer.toString(otherLeaf));
                input.conf().set("spark.sql.files.minPartitionNum", Integer.toString(otherLeaf));
                variations.add(compare(5, "input partitions", "spark.sql.leafNodeDefaultParallelism "
                        + leafParallelism + " -> " + otherLeaf, execute(input, null), baseline, persisted, false));
            }
        } finally {
            for (Persisted run : persisted) {
                run.rows().unpersist(false);
            }
        }
        return new SparkDeterminismReport(master, variations);
    }

    private SparkSession newSession() {
        return session.newSession();
    }

    private Variation compare(int number, String name, String setting, Persisted run, Persisted baseline,
                              List<Persisted> persisted, boolean required) {
        persisted.add(run);
        if (!run.schema().equals(baseline.schema())) {
            throw new IllegalStateException("Run " + number + " (" + name + ") produced the schema "
                    + run.schema().simpleString() + " where run 1 produced " + baseline.schema().simpleString()
                    + "; the job must build the same query in every run");
        }
        RowDifference difference = null;
        if (!run.fingerprint().equals(baseline.fingerprint())) {
            Differences.Outcome outcome = Differences.compare(baseline.rows(), baseline.buckets(), run.rows(),
                    run.buckets(), baseline.schema(), baseline.encoder(), shownRows);
            difference = SparkFingerprints.difference("run 1", "run " + number, outcome);
        }
        return new Variation(number, name, setting, run.fingerprint(), run.count(), difference, null, required);
    }

    private Persisted execute(SparkSession runSession, String failPartition) {
        Seeds.builder().master(master).log(false).apply();
        Dataset<?> result = Objects.requireNonNull(job.apply(runSession),
                "the job returned no Dataset; return the Dataset whose rows to check");
        DatasetRows rows = DatasetRows.of(result);
        JavaRDD<InternalRow> source = rows.rows().toJavaRDD();
        if (failPartition != null) {
            // The plugin fails earlier stages after their work; the last one must fail before its rows are cached,
            // or the retry would read the failed attempt's cached block instead of computing again.
            source = source.mapPartitions(new FailFirstAttempt(Integer.parseInt(failPartition)));
        }
        RDD<InternalRow> copies = source.map(InternalRow::copy).persist(StorageLevel.MEMORY_AND_DISK()).rdd();
        SparkContext context = runSession.sparkContext();
        String previous = context.getLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY);
        context.setLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY, failPartition);
        MultisetDigest[] buckets;
        try {
            buckets = RowDigests.buckets(copies, rows.encoder());
        } finally {
            context.setLocalProperty(TaskSeeding.FAIL_FIRST_ATTEMPT_PROPERTY, previous);
        }
        MultisetDigest total = MultisetDigest.EMPTY;
        for (MultisetDigest bucket : buckets) {
            total = total.plus(bucket);
        }
        return new Persisted(copies, rows, buckets, RowFingerprintFormat.multiset(rows.schema(), total),
                total.count());
    }

    private static String retrySkipReason(SparkContext context) {
        int maxFailures = maxFailures(context);
        if (maxFailures < 2) {
            return "Spark tries each task only " + maxFailures + " time(s) here; use local[N,2] (or more) or a"
                    + " cluster, or set spark.task.maxFailures >= 2";
        }
        return null;
    }

    private static int maxFailures(SparkContext context) {
        String sparkMaster = context.master().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher local = LOCAL_WITH_FAILURES.matcher(sparkMaster);
        if (local.matches()) {
            return Integer.parseInt(local.group(2));
        }
        if (sparkMaster.startsWith("local")) {
            return sparkMaster.startsWith("local-cluster") ? context.getConf().getInt("spark.task.maxFailures", 4)
                    : 1;
        }
        return context.getConf().getInt("spark.task.maxFailures", 4);
    }

    /** Passes every row of a partition through, then fails the first attempt of one partition at its end. */
    private static final class FailFirstAttempt implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
        private static final long serialVersionUID = 1L;
        private final int partition;

        FailFirstAttempt(int partition) {
            this.partition = partition;
        }

        @Override
        public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
            TaskContext task = TaskContext.get();
            if (task.partitionId() != partition || task.attemptNumber() > 0) {
                return rows;
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    if (!rows.hasNext()) {
                        throw new IllegalStateException("seed-everything failed the first attempt of partition "
                                + partition + " after all its rows, to check that its retry gives the same rows");
                    }
                    return true;
                }

                @Override
                public InternalRow next() {
                    return rows.next();
                }
            };
        }
    }

    /** One run's persisted rows and digests. */
    private record Persisted(RDD<InternalRow> rows, DatasetRows source, MultisetDigest[] buckets,
                             Fingerprint fingerprint, long count) {
        org.apache.spark.sql.types.StructType schema() {
            return source.schema();
        }

        org.seedeverything.spark.internal.CanonicalRowEncoder encoder() {
            return source.encoder();
        }
    }

    /** Options of a check. Obtain one from {@link SparkDeterminism#builder}. */
    public static final class Builder {
        private final SparkSession session;
        private final Function<SparkSession, Dataset<?>> job;
        private Long master;
        private boolean inputPartitions;
        private int shownRows = SparkFingerprints.DEFAULT_SHOWN_ROWS;

        private Builder(SparkSession session, Function<SparkSession, Dataset<?>> job) {
            if (session == null || job == null) {
                throw new IllegalArgumentException("SparkDeterminism needs a session and a job, got session="
                        + session + ", job=" + job);
            }
            this.session = session;
            this.job = job;
        }

        /** The master the driver is reseeded with before each run (default: the plugin's, else Seeds', else 0). */
        public Builder master(long master) {
            this.master = master;
            return this;
        }

        /** Also runs with a different input partition count (reported, never failing the check). */
        public Builder inputPartitions(boolean vary) {
            this.inputPartitions = vary;
            return this;
        }

        /**
         * Rows of each side shown for a changed run (default {@value SparkFingerprints#DEFAULT_SHOWN_ROWS}).
         *
         * @throws IllegalArgumentException for a negative count
         */
        public Builder shownRows(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("shownRows is " + rows + "; give 0 or more");
            }
            this.shownRows = rows;
            return this;
        }

        /** Runs the job under every variation and reports. */
        public SparkDeterminismReport check() {
            return new SparkDeterminism(this).run();
        }
    }
}
