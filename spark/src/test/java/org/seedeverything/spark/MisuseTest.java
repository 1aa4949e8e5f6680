package org.seedeverything.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad arguments get exceptions that name the value and the fix, before any Spark job starts. */
class MisuseTest {

    @Test
    void blankStreamNamesAreRefusedWithAnExample() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SparkSeeds.stream(" "));
        assertTrue(refused.getMessage().contains("' '") && refused.getMessage().contains("\"noise\""),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparkSeeds.random(null));
    }

    @Test
    void aMissingDatasetIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SparkFingerprints.of(null));
        assertTrue(refused.getMessage().contains("null"), refused.getMessage());
    }

    @Test
    void aDeterminismCheckNeedsASessionAndAJob() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SparkDeterminism.builder(null, session -> null));
        assertTrue(refused.getMessage().contains("session=null"), refused.getMessage());
    }
}
