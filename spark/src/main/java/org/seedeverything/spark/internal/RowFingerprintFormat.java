package org.seedeverything.spark.internal;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.CalendarIntervalType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimeType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.UserDefinedType;
import org.apache.spark.sql.types.VarcharType;
import org.apache.spark.sql.types.VariantType;
import org.apache.spark.sql.types.YearMonthIntervalType;
import org.seedeverything.fingerprint.Fingerprint;
import org.seedeverything.fingerprint.FingerprintSink;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * The final step of a Spark row fingerprint ("spark-rows v1", {@code src/docs/spark.md}): the core's fp1
 * fingerprint of a small byte stream made of a format label, the kind (multiset or sequence), the schema (field
 * names and type tags; nullability is left out because Spark's optimizer may change it), the row count and the
 * 128-bit digest. The result prints as {@code fp1:xxh128:<32 hex digits>}.
 */
public final class RowFingerprintFormat {
    /** Written first, so that a later encoding can never collide with this one: {@value}. */
    public static final String LABEL = "seed-everything/spark-rows/v1";

    private RowFingerprintFormat() {
    }

    /** The fingerprint of a multiset of rows of {@code schema}. */
    public static Fingerprint multiset(StructType schema, MultisetDigest digest) {
        return Fingerprints.of(digest, (value, sink) -> {
            header(sink, "multiset", schema, value.count());
            sink.putLong(value.low()).putLong(value.high());
        });
    }

    /** The fingerprint of a sequence of rows of {@code schema}. */
    public static Fingerprint sequence(StructType schema, SequenceDigest digest) {
        return Fingerprints.of(digest, (value, sink) -> {
            header(sink, "sequence", schema, value.count());
            sink.putLong(value.low()).putLong(value.high());
        });
    }

    private static void header(FingerprintSink sink, String kind, StructType schema, long count) {
        sink.putString(LABEL).putString(kind);
        describe(schema, sink);
        sink.putLong(count);
    }

    /** Writes the type tree: tags as length-prefixed strings, so no two schemas write the same bytes. */
    static void describe(DataType type, FingerprintSink sink) {
        if (type instanceof StructType struct) {
            sink.putString("struct").putLong(struct.fields().length);
            for (StructField field : struct.fields()) {
                sink.putString(field.name());
                describe(field.dataType(), sink);
            }
        } else if (type instanceof ArrayType array) {
            sink.putString("array");
            describe(array.elementType(), sink);
        } else if (type instanceof MapType map) {
            sink.putString("map");
            describe(map.keyType(), sink);
            describe(map.valueType(), sink);
        } else if (type instanceof DecimalType decimal) {
            sink.putString("decimal").putInt(decimal.precision()).putInt(decimal.scale());
        } else if (type instanceof UserDefinedType<?> udt) {
            describe(udt.sqlType(), sink);
        } else {
            sink.putString(tag(type));
        }
    }

    private static String tag(DataType type) {
        if (type instanceof BooleanType) {
            return "bool";
        } else if (type instanceof ByteType) {
            return "int8";
        } else if (type instanceof ShortType) {
            return "int16";
        } else if (type instanceof IntegerType) {
            return "int32";
        } else if (type instanceof LongType) {
            return "int64";
        } else if (type instanceof FloatType) {
            return "float32";
        } else if (type instanceof DoubleType) {
            return "float64";
        } else if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
            return "string";
        } else if (type instanceof BinaryType) {
            return "binary";
        } else if (type instanceof DateType) {
            return "date";
        } else if (type instanceof TimestampType) {
            return "timestamp";
        } else if (type instanceof TimestampNTZType) {
            return "timestamp_ntz";
        } else if (type instanceof TimeType) {
            return "time";
        } else if (type instanceof YearMonthIntervalType) {
            return "interval_year_month";
        } else if (type instanceof DayTimeIntervalType) {
            return "interval_day_time";
        } else if (type instanceof CalendarIntervalType) {
            return "interval";
        } else if (type instanceof NullType) {
            return "null";
        } else if (type instanceof VariantType) {
            return "variant";
        }
        // CanonicalRowEncoder.of has already refused any other type, with the column's name
        throw new IllegalArgumentException("No canonical encoding for type " + type.simpleString());
    }
}
