package org.seedeverything.junit;

import org.seedeverything.Isolation;
import org.seedeverything.SeedReport;

/**
 * What seeding one test (or one test class, for its {@code @BeforeAll} methods) did, kept in the extension's store
 * until the generators are restored.
 *
 * @param master    the master seed and its source
 * @param identity  the name the test seed was derived from
 * @param testSeed  the seed every generator was set from
 * @param report    what {@code Seeds} did with it
 * @param isolation the states to put back afterwards
 */
record SeededScope(MasterSeed master, String identity, long testSeed, SeedReport report, Isolation isolation) {
}
