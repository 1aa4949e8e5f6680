/**
 * Internals of the ND4J adapter: the {@code nd4j.random} seed target, per-thread generator state, deterministic
 * flags and native-memory hashing. Not an API: names and behaviour may change in any release.
 */
package org.seedeverything.nd4j.internal;
