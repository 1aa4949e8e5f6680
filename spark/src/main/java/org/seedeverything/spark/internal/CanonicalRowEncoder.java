package org.seedeverything.spark.internal;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Arrays;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.CalendarIntervalType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.Decimal;
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
import org.apache.spark.unsafe.types.CalendarInterval;
import org.apache.spark.unsafe.types.VariantVal;

/**
 * The canonical byte encoding of a Spark SQL row, version 1 ({@code src/docs/spark.md}, "Fingerprint format"):
 * built once from the schema as a tree of writers, then applied to every {@link InternalRow} of a partition.
 *
 * <p>Every value is a presence byte (0 null, 1 present) and, when present, its bytes, little-endian: integers in
 * their width, dates as int32 days, timestamps and day-time intervals as int64 microseconds, times as int64
 * nanoseconds, floats and doubles as their raw bits with every NaN made the canonical quiet NaN (-0.0 stays
 * distinct from 0.0, as in the core's fp1), decimals as int32 scale + int32 length + the unscaled two's complement
 * integer in its minimal length, strings as int64 UTF-8 length + bytes, binaries as int64 length + bytes, arrays as
 * int64 count + elements, maps as int64 count + (key, value) entries sorted by the key's encoding (so insertion
 * order does not count), structs as their fields in order, variants as value then metadata bytes. Hand-written
 * because no library encodes Spark's internal values canonically; Spark's own {@code hash()} folds -0.0 into 0.0,
 * refuses maps and depends on the map's stored order.
 */
public final class CanonicalRowEncoder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ValueWriter[] fields;

    private CanonicalRowEncoder(ValueWriter[] fields) {
        this.fields = fields;
    }

    /**
     * The encoder for rows of {@code schema}.
     *
     * @throws IllegalArgumentException naming the first column whose type has no canonical encoding
     */
    public static CanonicalRowEncoder of(StructType schema) {
        StructField[] structFields = schema.fields();
        ValueWriter[] writers = new ValueWriter[structFields.length];
        for (int i = 0; i < structFields.length; i++) {
            writers[i] = writer(structFields[i].dataType(), structFields[i].name());
        }
        return new CanonicalRowEncoder(writers);
    }

    /** Appends the encoding of {@code row} to {@code sink}. */
    void encode(InternalRow row, ByteSink sink) {
        writeFields(fields, row, sink);
    }

    private static void writeFields(ValueWriter[] writers, SpecializedGetters source, ByteSink sink) {
        for (int i = 0; i < writers.length; i++) {
            writeValue(writers[i], source, i, sink);
        }
    }

    private static void writeValue(ValueWriter writer, SpecializedGetters source, int ordinal, ByteSink sink) {
        if (source.isNullAt(ordinal)) {
            sink.putByte(0);
        } else {
            sink.putByte(1);
            writer.write(source, ordinal, sink);
        }
    }

    /** Writes one present value of a fixed type. */
    private interface ValueWriter extends Serializable {
        void write(SpecializedGetters source, int ordinal, ByteSink sink);
    }

    private static ValueWriter writer(DataType type, String path) {
        if (type instanceof BooleanType) {
            return (source, ordinal, sink) -> sink.putByte(source.getBoolean(ordinal) ? 1 : 0);
        } else if (type instanceof ByteType) {
            return (source, ordinal, sink) -> sink.putByte(source.getByte(ordinal));
        } else if (type instanceof ShortType) {
            return (source, ordinal, sink) -> sink.putShort(source.getShort(ordinal));
        } else if (type instanceof IntegerType || type instanceof DateType || type instanceof YearMonthIntervalType) {
            return (source, ordinal, sink) -> sink.putInt(source.getInt(ordinal));
        } else if (type instanceof LongType || type instanceof TimestampType || type instanceof TimestampNTZType
                || type instanceof DayTimeIntervalType || type instanceof TimeType) {
            return (source, ordinal, sink) -> sink.putLong(source.getLong(ordinal));
        } else if (type instanceof FloatType) {
            return (source, ordinal, sink) -> sink.putInt(Float.floatToIntBits(source.getFloat(ordinal)));
        } else if (type instanceof DoubleType) {
            return (source, ordinal, sink) -> sink.putLong(Double.doubleToLongBits(source.getDouble(ordinal)));
        } else if (type instanceof DecimalType decimal) {
            int precision = decimal.precision();
            int scale = decimal.scale();
            return (source, ordinal, sink) -> writeDecimal(source.getDecimal(ordinal, precision, scale), sink);
        } else if (type instanceof StringType || type instanceof CharType || type instanceof VarcharType) {
            return (source, ordinal, sink) -> sink.putUtf8(source.getUTF8String(ordinal));
        } else if (type instanceof BinaryType) {
            return (source, ordinal, sink) -> sink.putSizedBytes(source.getBinary(ordinal));
        } else if (type instanceof CalendarIntervalType) {
            return (source, ordinal, sink) -> {
                CalendarInterval interval = source.getInterval(ordinal);
                sink.putInt(interval.months);
                sink.putInt(interval.days);
                sink.putLong(interval.microseconds);
            };
        } else if (type instanceof VariantType) {
            return (source, ordinal, sink) -> {
                VariantVal variant = source.getVariant(ordinal);
                sink.putSizedBytes(variant.getValue());
                sink.putSizedBytes(variant.getMetadata());
            };
        } else if (type instanceof NullType) {
            // a NullType value is always null: only its presence byte is written
            return (source, ordinal, sink) -> { };
        } else if (type instanceof ArrayType array) {
            ValueWriter element = writer(array.elementType(), path + "[]");
            return (source, ordinal, sink) -> {
                ArrayData data = source.getArray(ordinal);
                int count = data.numElements();
                sink.putLong(count);
                for (int i = 0; i < count; i++) {
                    writeValue(element, data, i, sink);
                }
            };
        } else if (type instanceof MapType map) {
            return new MapWriter(writer(map.keyType(), path + ".key"), writer(map.valueType(), path + ".value"));
        } else if (type instanceof StructType struct) {
            StructField[] structFields = struct.fields();
            ValueWriter[] writers = new ValueWriter[structFields.length];
            for (int i = 0; i < structFields.length; i++) {
                writers[i] = writer(structFields[i].dataType(), path + "." + structFields[i].name());
            }
            int width = writers.length;
            return (source, ordinal, sink) -> writeFields(writers, source.getStruct(ordinal, width), sink);
        } else if (type instanceof UserDefinedType<?> udt) {
            return writer(udt.sqlType(), path);
        }
        throw new IllegalArgumentException("Column \"" + path + "\" has type " + type.simpleString()
                + ", which SparkFingerprints cannot encode canonically; select it cast to a supported type (for"
                + " example to_json(...) or cast(... as binary)) or drop it before fingerprinting");
    }

    /** Scale, byte count, then the unscaled value as minimal two's complement, least significant byte first. */
    static void writeDecimal(Decimal value, ByteSink sink) {
        sink.putInt(value.scale());
        if (value.precision() <= Decimal.MAX_LONG_DIGITS()) {
            long unscaled = value.toUnscaledLong();
            int length = minimalLength(unscaled);
            sink.putInt(length);
            for (int i = 0; i < length; i++) {
                sink.putByte((int) (unscaled >>> (8 * i)));
            }
        } else {
            byte[] bigEndian = value.toJavaBigDecimal().unscaledValue().toByteArray();
            sink.putInt(bigEndian.length);
            for (int i = bigEndian.length - 1; i >= 0; i--) {
                sink.putByte(bigEndian[i]);
            }
        }
    }

    /** Bytes of the shortest two's complement form of {@code value}, as {@link BigInteger#toByteArray()} gives. */
    static int minimalLength(long value) {
        return (64 - Long.numberOfLeadingZeros(value ^ (value >> 63))) / 8 + 1;
    }

    /** Maps: entries sorted by the unsigned bytes of their key's encoding, so that storage order does not count. */
    private static final class MapWriter implements ValueWriter {
        private static final long serialVersionUID = 1L;
        private final ValueWriter key;
        private final ValueWriter value;

        MapWriter(ValueWriter key, ValueWriter value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public void write(SpecializedGetters source, int ordinal, ByteSink sink) {
            MapData map = source.getMap(ordinal);
            int count = map.numElements();
            ArrayData keys = map.keyArray();
            ArrayData values = map.valueArray();
            ByteSink scratch = new ByteSink(64 * Math.max(1, count));
            int[] keyStart = new int[count];
            int[] keyEnd = new int[count];
            int[] entryEnd = new int[count];
            for (int i = 0; i < count; i++) {
                keyStart[i] = scratch.size();
                writeValue(key, keys, i, scratch);
                keyEnd[i] = scratch.size();
                writeValue(value, values, i, scratch);
                entryEnd[i] = scratch.size();
            }
            byte[] bytes = scratch.array();
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(bytes, keyStart[a], keyEnd[a],
                    bytes, keyStart[b], keyEnd[b]));
            sink.putLong(count);
            for (int i : order) {
                sink.putSlice(bytes, keyStart[i], entryEnd[i] - keyStart[i]);
            }
        }
    }
}
