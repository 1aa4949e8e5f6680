package org.seedeverything.internal.targets;

import java.security.SecureRandomSpi;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.seedeverything.internal.Derivation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deliberately predictable {@code SecureRandom} engine, installed only on explicit opt-in. The k-th instance draws
 * from a stream derived from (seed, k). Every use logs a warning, because keys and tokens made from it are guessable.
 */
public final class PredictableSecureRandomSpi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger("org.seedeverything.INSECURE");
    private static final AtomicLong INSTANCES = new AtomicLong();
    private static volatile long seed;

    private final transient UniformRandomProvider stream;

    /** Called by the JCA framework through {@link PredictableSecureRandomProvider}. */
    public PredictableSecureRandomSpi() {
        long index = INSTANCES.getAndIncrement();
        this.stream = RandomSource.XO_SHI_RO_256_PP.create(Derivation.state(seed, 4, "secure-random", index));
    }

    static void reset(long newSeed) {
        seed = newSeed;
        INSTANCES.set(0);
    }

    @Override
    protected void engineSetSeed(byte[] ignored) {
        warn("setSeed");
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
        warn("nextBytes");
        synchronized (this) {
            stream.nextBytes(bytes);
        }
    }

    @Override
    protected byte[] engineGenerateSeed(int count) {
        warn("generateSeed");
        byte[] bytes = new byte[count];
        synchronized (this) {
            stream.nextBytes(bytes);
        }
        return bytes;
    }

    private static void warn(String operation) {
        LOG.warn("INSECURE: SecureRandom.{} served predictable bytes (seed-everything"
                + " dangerouslyMakeSecureRandomPredictable is on); never use this for keys, tokens or passwords",
                operation);
    }
}
