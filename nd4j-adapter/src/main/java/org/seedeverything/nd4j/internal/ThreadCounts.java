package org.seedeverything.nd4j.internal;

/**
 * ND4J's thread counts: all threads of its pool and the threads one operation may use.
 *
 * @param maxThreads    {@code Environment.maxThreads()}
 * @param masterThreads {@code Environment.maxMasterThreads()}
 */
record ThreadCounts(int maxThreads, int masterThreads) {
}
