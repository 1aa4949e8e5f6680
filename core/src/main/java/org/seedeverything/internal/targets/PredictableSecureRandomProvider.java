package org.seedeverything.internal.targets;

import java.security.Provider;
import java.util.Map;

/** The JCA provider, inserted at position 1, that makes {@code new SecureRandom()} predictable. Opt-in only. */
final class PredictableSecureRandomProvider extends Provider {
    private static final long serialVersionUID = 1L;
    static final String PROVIDER_NAME = "SeedEverythingINSECURE";

    PredictableSecureRandomProvider() {
        super(PROVIDER_NAME, "1.0", "seed-everything: PREDICTABLE SecureRandom for reproducible tests; insecure");
        putService(new Service(this, "SecureRandom", "SeedEverythingInsecurePRNG",
                PredictableSecureRandomSpi.class.getName(), null, Map.of("ThreadSafe", "true")));
    }
}
