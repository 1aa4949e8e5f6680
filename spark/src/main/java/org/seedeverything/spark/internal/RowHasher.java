package org.seedeverything.spark.internal;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * XXH3-128 (seed 0) of one row's canonical encoding; one instance per partition task, reusing its buffer. The hash
 * is the same function as the core's fp1 leaves, here from hash4j.
 */
final class RowHasher {
    private static final Hasher128 XXH3_128 = Hashing.xxh3_128();

    private final CanonicalRowEncoder encoder;
    private final ByteSink sink = new ByteSink(256);
    private long low;
    private long high;

    RowHasher(CanonicalRowEncoder encoder) {
        this.encoder = encoder;
    }

    /** Hashes {@code row}; read the result with {@link #low()} and {@link #high()}. */
    void hash(InternalRow row) {
        sink.reset();
        encoder.encode(row, sink);
        HashValue128 value = XXH3_128.hashBytesTo128Bits(sink.array(), 0, sink.size());
        low = value.getLeastSignificantBits();
        high = value.getMostSignificantBits();
    }

    /** The low 64 bits of the last row's hash. */
    long low() {
        return low;
    }

    /** The high 64 bits of the last row's hash. */
    long high() {
        return high;
    }
}
