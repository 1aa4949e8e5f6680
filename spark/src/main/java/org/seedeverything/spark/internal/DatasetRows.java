package org.seedeverything.spark.internal;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/** A Dataset's rows in Spark's internal form (no conversion to {@code Row} objects), with its schema. */
public record DatasetRows(RDD<InternalRow> rows, StructType schema, CanonicalRowEncoder encoder) {

    /**
     * The executed plan's rows of {@code dataset} (a cached Dataset reads its cache).
     *
     * @throws IllegalArgumentException for a null or a Spark Connect Dataset, or a column type without encoding
     */
    public static DatasetRows of(Dataset<?> dataset) {
        if (dataset == null) {
            throw new IllegalArgumentException("The Dataset is null; pass the Dataset whose rows to fingerprint");
        }
        if (!(dataset instanceof org.apache.spark.sql.classic.Dataset<?> classic)) {
            throw new IllegalArgumentException("A " + dataset.getClass().getName() + " is not a classic Spark"
                    + " Dataset: fingerprints run on the executors through the Dataset's query execution, which"
                    + " Spark Connect clients do not have. Fingerprint it inside the Spark application instead.");
        }
        StructType schema = classic.schema();
        CanonicalRowEncoder encoder = CanonicalRowEncoder.of(schema);
        return new DatasetRows(classic.queryExecution().toRdd(), schema, encoder);
    }
}
