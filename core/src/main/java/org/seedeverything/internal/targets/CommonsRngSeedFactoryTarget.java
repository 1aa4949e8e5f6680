package org.seedeverything.internal.targets;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.List;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.seedeverything.internal.Derivation;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * Commons RNG's {@code RandomSource.X.create()} without a seed draws its seed from
 * {@code SeedFactory.SEED_GENERATOR} (a xoroshiro1024++ seeded from {@code SecureRandom}); we restore a derived
 * state into it.
 */
final class CommonsRngSeedFactoryTarget implements SeedTarget {
    private static final String SEED_FACTORY = "org.apache.commons.rng.simple.internal.SeedFactory";

    @Override
    public String name() {
        return "commons-rng.seed-factory";
    }

    private static RestorableUniformRandomProvider generator() throws ReflectiveOperationException {
        Class<?> type = JdkAccess.findClass(SEED_FACTORY);
        if (type == null) {
            return null;
        }
        Field field = JdkAccess.field(type, "SEED_GENERATOR");
        return (RestorableUniformRandomProvider) field.get(null);
    }

    @Override
    public SeedOutcome seed(long seed) {
        try {
            RestorableUniformRandomProvider generator = generator();
            if (generator == null) {
                return SeedOutcome.notPresent("Commons RNG SeedFactory not found (a release other than 1.7?)");
            }
            long[] state = Derivation.state(seed, 16, "xoroshiro1024pp");
            RandomProviderState seeded = RandomSource.XO_RO_SHI_RO_1024_PP.create(state).saveState();
            synchronized (generator) {
                generator.restoreState(seeded);
            }
            return SeedOutcome.seeded("unseeded RandomSource.create() now follows the master");
        } catch (InaccessibleObjectException denied) {
            return SeedOutcome.noAccess("Commons RNG is a named module that does not open its internals",
                    "--add-opens=org.apache.commons.rng.simple/org.apache.commons.rng.simple.internal="
                            + JdkAccess.grantee());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return SeedOutcome.failed("could not reach SeedFactory.SEED_GENERATOR: " + e,
                    "Commons RNG may have changed its internals; pin commons-rng 1.7 or report it");
        }
    }

    @Override
    public Runnable capture() {
        try {
            RestorableUniformRandomProvider generator = generator();
            if (generator == null) {
                return null;
            }
            RandomProviderState state = generator.saveState();
            return () -> generator.restoreState(state);
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
    }

    @Override
    public List<String> requiredJvmOptions() {
        return List.of();
    }
}
