package org.seedeverything.fingerprint;

/**
 * Cheap statistics of an entry's elements, so a person can see how two runs differ. Min, max, mean and std
 * (population) are over the non-NaN elements (NaN when there are none); -0.0 counts as 0.0 here
 * (the fingerprint still tells them apart).
 *
 * @param count number of elements
 * @param nanCount number of NaN elements
 * @param zeroCount number of elements equal to zero
 * @param min smallest non-NaN element
 * @param max largest non-NaN element
 * @param mean mean of the non-NaN elements
 * @param std population standard deviation of the non-NaN elements
 * @since 0.1
 */
public record EntryStatistics(long count, long nanCount, long zeroCount, double min, double max, double mean,
        double std) {
    @Override
    public String toString() {
        return "count=" + count + " min=" + min + " max=" + max + " mean=" + mean + " std=" + std + " nan="
                + nanCount + " zero=" + zeroCount;
    }
}
