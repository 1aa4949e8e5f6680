package org.seedeverything.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seedeverything.fingerprint.Fingerprint;

/**
 * An array of more than 2 GiB, where ND4J's {@code asNio()} would silently stop at 2 GiB. Needs about 2.2 GiB of
 * native memory and a few seconds, so it runs only with {@code -Dseeds.test.large=true}; the default build covers the
 * same code with a 64 MiB array ({@link Nd4jFingerprintsTest}).
 */
@EnabledIfSystemProperty(named = "seeds.test.large", matches = "true")
class LargeArrayFingerprintTest {

    @Test
    @DisplayName("an array over 2 GiB is hashed to its last element, and a view past 2 GiB is found at its offset")
    void arrayOverTwoGibibytes() {
        long rows = (1L << 19) + 4;
        long columns = 1024;
        INDArray large = Nd4j.create(DataType.FLOAT, rows, columns);
        try {
            assertEquals(true, large.length() * 4 > Integer.MAX_VALUE, "the array must exceed 2 GiB");
            Fingerprint zeros = Nd4jFingerprints.of(large);
            large.putScalar(new long[] {rows - 1, columns - 1}, 1f);
            assertNotEquals(zeros, Nd4jFingerprints.of(large), "the last element, past 2 GiB, is hashed");

            INDArray lastRows = large.get(NDArrayIndex.interval(rows - 3, rows), NDArrayIndex.all());
            assertEquals(true, lastRows.offset() * 4 > Integer.MAX_VALUE, "the view starts past 2 GiB");
            assertEquals(Nd4jFingerprints.of(lastRows.dup('c')), Nd4jFingerprints.of(lastRows));
            INDArray lastColumn = large.get(NDArrayIndex.interval(rows - 3, rows), NDArrayIndex.point(columns - 1));
            assertEquals(Nd4jFingerprints.of(lastColumn.dup('c')), Nd4jFingerprints.of(lastColumn));
        } finally {
            large.close();
        }
    }
}
