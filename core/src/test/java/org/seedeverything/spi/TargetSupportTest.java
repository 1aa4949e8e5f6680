package org.seedeverything.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetSupportTest {
    static boolean initialised;

    /** Stands for a library whose static initialiser loads natives. */
    static final class HeavyLibrary {
        static {
            initialised = true;
        }
    }

    @Test
    void findsALibraryWithoutInitialisingIt() {
        assertTrue(TargetSupport.isPresent(HeavyLibrary.class.getName(), getClass().getClassLoader()));
        assertFalse(initialised, "the library's static initialiser must not run");
        assertFalse(TargetSupport.isPresent("com.example.absent.Library", getClass().getClassLoader()));
    }

    @Test
    void restorerPutsBackTheSeedAndTheCachedGaussian() {
        Random library = new Random(42);
        library.nextGaussian();                      // leaves a cached second Gaussian
        Runnable restore = TargetSupport.restorer(library);
        assertNotNull(restore, "java.util is opened for the tests");
        double gaussian = library.nextGaussian();
        long next = library.nextLong();

        library.setSeed(7);
        restore.run();
        assertEquals(gaussian, library.nextGaussian());
        assertEquals(next, library.nextLong());
    }
}
