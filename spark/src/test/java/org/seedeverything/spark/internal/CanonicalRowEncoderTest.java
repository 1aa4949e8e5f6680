package org.seedeverything.spark.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.openhft.hashing.LongTupleHashFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.ObjectType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** The canonical row encoding against bytes written out by hand from the format in src/docs/spark.md. */
class CanonicalRowEncoderTest {

    private static StructType schema(DataType... types) {
        StructField[] fields = new StructField[types.length];
        for (int i = 0; i < types.length; i++) {
            fields[i] = new StructField("c" + i, types[i], true, Metadata.empty());
        }
        return new StructType(fields);
    }

    private static byte[] encode(StructType schema, Object... values) {
        ByteSink sink = new ByteSink(16);
        CanonicalRowEncoder.of(schema).encode(new GenericInternalRow(values), sink);
        return Arrays.copyOf(sink.array(), sink.size());
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void scalarsNullsAndSignedZeroMatchTheWrittenFormat() {
        StructType schema = schema(DataTypes.IntegerType, DataTypes.StringType, DataTypes.DoubleType,
                DataTypes.StringType, DataTypes.DateType, DataTypes.BooleanType);
        byte[] expected = bytes(
                1, 0x01, 0, 0, 0,                      // int 1
                0,                                      // null string
                1, 0, 0, 0, 0, 0, 0, 0, 0x80,           // -0.0: sign bit set, little-endian
                1, 2, 0, 0, 0, 0, 0, 0, 0, 0xc3, 0xa9,  // "é": 2 UTF-8 bytes
                1, 0x38, 0x4a, 0, 0,                    // date 19000 days
                1, 1);                                  // true
        assertArrayEquals(expected, encode(schema, 1, null, -0.0, UTF8String.fromString("é"), 19000, true));
    }

    @Test
    void decimalsWriteScaleLengthAndMinimalTwosComplementLittleEndian() {
        // 1.50 as DECIMAL(5,2): unscaled 150 = 0x0096 needs a sign byte, so two bytes 96 00.
        assertArrayEquals(bytes(1, 2, 0, 0, 0, 2, 0, 0, 0, 0x96, 0x00),
                encode(schema(DataTypes.createDecimalType(5, 2)), Decimal.apply(new BigDecimal("1.50"), 5, 2)));
        // -1.28 as DECIMAL(5,2): unscaled -128 = 0x80, one byte.
        assertArrayEquals(bytes(1, 2, 0, 0, 0, 1, 0, 0, 0, 0x80),
                encode(schema(DataTypes.createDecimalType(5, 2)), Decimal.apply(new BigDecimal("-1.28"), 5, 2)));
    }

    @Test
    void compactAndWideDecimalsEncodeTheUnscaledValueAlike() {
        long[] values = {0, 1, -1, 127, 128, -128, -129, 32767, 32768, Long.MAX_VALUE, Long.MIN_VALUE,
            999_999_999_999_999_999L};
        for (long value : values) {
            assertEquals(BigInteger.valueOf(value).toByteArray().length, CanonicalRowEncoder.minimalLength(value),
                    "minimal length of " + value);
            if (Math.abs((double) value) < 1e18) {
                byte[] compact = encode(schema(DataTypes.createDecimalType(18, 0)),
                        Decimal.apply(BigDecimal.valueOf(value), 18, 0));
                byte[] wide = encode(schema(DataTypes.createDecimalType(38, 0)),
                        Decimal.apply(BigDecimal.valueOf(value), 38, 0));
                assertArrayEquals(compact, wide, "DECIMAL(18,0) and DECIMAL(38,0) of " + value);
            }
        }
    }

    @Test
    void everyNanIsCanonicalButNegativeZeroIsNot() {
        StructType doubles = schema(DataTypes.DoubleType);
        assertArrayEquals(encode(doubles, Double.NaN), encode(doubles, Double.longBitsToDouble(0xfff8000000000001L)));
        assertFalse(Arrays.equals(encode(doubles, 0.0), encode(doubles, -0.0)));
        StructType floats = schema(DataTypes.FloatType);
        assertArrayEquals(encode(floats, Float.NaN), encode(floats, Float.intBitsToFloat(0x7fc00001)));
        assertFalse(Arrays.equals(encode(floats, 0.0f), encode(floats, -0.0f)));
    }

    @Test
    void mapsAreEncodedInKeyOrderWhateverTheirStorageOrder() {
        StructType schema = schema(DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType));
        Object ab = ArrayBasedMapData.apply(new Object[] {UTF8String.fromString("a"), UTF8String.fromString("b")},
                new Object[] {1, 2});
        Object ba = ArrayBasedMapData.apply(new Object[] {UTF8String.fromString("b"), UTF8String.fromString("a")},
                new Object[] {2, 1});
        Object changed = ArrayBasedMapData.apply(new Object[] {UTF8String.fromString("a"),
            UTF8String.fromString("b")}, new Object[] {2, 1});
        assertArrayEquals(encode(schema, ab), encode(schema, ba));
        assertFalse(Arrays.equals(encode(schema, ab), encode(schema, changed)));
        byte[] expected = bytes(1, 2, 0, 0, 0, 0, 0, 0, 0,
                1, 1, 0, 0, 0, 0, 0, 0, 0, 'a', 1, 1, 0, 0, 0,
                1, 1, 0, 0, 0, 0, 0, 0, 0, 'b', 1, 2, 0, 0, 0);
        assertArrayEquals(expected, encode(schema, ba));
    }

    @Test
    void arraysNestedStructsTimestampsAndBinariesFollowTheFormat() {
        StructType inner = schema(DataTypes.LongType, DataTypes.BinaryType);
        StructType schema = schema(DataTypes.createArrayType(DataTypes.ShortType), inner, DataTypes.TimestampType);
        byte[] encoded = encode(schema, new GenericArrayData(new Object[] {(short) 7, null}),
                new GenericInternalRow(new Object[] {-2L, "hi".getBytes(StandardCharsets.UTF_8)}), 1_000_000L);
        byte[] expected = bytes(
                1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 7, 0, 0,                 // [7, null]
                1, 1, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,     // struct: -2L
                1, 2, 0, 0, 0, 0, 0, 0, 0, 'h', 'i',                      //         binary "hi"
                1, 0x40, 0x42, 0x0f, 0, 0, 0, 0, 0);                      // 1 s in microseconds
        assertArrayEquals(expected, encoded);
    }

    @Test
    void aTypeWithoutEncodingIsRefusedNamingTheColumn() {
        StructType schema = new StructType(new StructField[] {
            new StructField("payload", new ObjectType(String.class), true, Metadata.empty())});
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CanonicalRowEncoder.of(schema));
        assertTrue(refused.getMessage().contains("\"payload\""), refused.getMessage());
    }

    @Test
    void rowHashIsXxh3128AsAnIndependentImplementationComputesIt() {
        StructType schema = schema(DataTypes.IntegerType, DataTypes.StringType);
        RowHasher hasher = new RowHasher(CanonicalRowEncoder.of(schema));
        for (int i = 0; i < 50; i++) {
            InternalRow row = new GenericInternalRow(new Object[] {i, UTF8String.fromString("row " + i)});
            hasher.hash(row);
            long[] reference = LongTupleHashFunction.xx128().hashBytes(encode(schema, i,
                    UTF8String.fromString("row " + i)));
            assertEquals(reference[0], hasher.low(), "low 64 bits of row " + i);
            assertEquals(reference[1], hasher.high(), "high 64 bits of row " + i);
        }
    }
}
