package org.seedeverything.internal.targets;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code SecureRandom}, {@code UUID.randomUUID()} and temporary file names. By default this target does nothing and
 * reports SKIPPED. Opted in, it inserts a predictable provider at position 1 and points the JDK's already created
 * holders ({@code UUID$Holder}, {@code File$TempDirectory}, {@code TempFileHelper}) at predictable engines.
 */
public final class SecureRandomTarget implements SeedTarget {
    public static final String NAME = "jdk.secure-random";
    private static final Logger LOG = LoggerFactory.getLogger("org.seedeverything.INSECURE");

    /** holder class, field on JDK 17, field on 21+ */
    private static final String[][] HOLDERS = {
        {"java.util.UUID$Holder", "numberGenerator"},
        {"java.io.File$TempDirectory", "random", "RANDOM"},
        {"java.nio.file.TempFileHelper", "random", "RANDOM"},
    };

    private final boolean optedIn;

    private SecureRandomTarget(boolean optedIn) {
        this.optedIn = optedIn;
    }

    /** The default: leaves every secure source alone. */
    public static SecureRandomTarget left() {
        return new SecureRandomTarget(false);
    }

    /** The explicit, insecure opt-in. */
    public static SecureRandomTarget optedIn() {
        return new SecureRandomTarget(true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SeedOutcome seed(long seed) {
        if (!optedIn) {
            return SeedOutcome.skipped("SecureRandom, UUID.randomUUID() and temp-file names stay truly random",
                    "only for tests that need it: Seeds.builder().dangerouslyMakeSecureRandomPredictable()");
        }
        LOG.warn("INSECURE: making SecureRandom, UUID.randomUUID() and temporary file names predictable;"
                + " never do this where security matters");
        PredictableSecureRandomSpi.reset(seed);
        Security.removeProvider(PredictableSecureRandomProvider.PROVIDER_NAME);
        Security.insertProviderAt(new PredictableSecureRandomProvider(), 1);
        List<String> flags = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (String[] holder : HOLDERS) {
            try {
                Class<?> type = Class.forName(holder[0], true, null);
                Field field = holderField(type, holder);
                SecureRandom random = (SecureRandom) field.get(null);
                if (random != null && !PredictableSecureRandomProvider.PROVIDER_NAME.equals(
                        random.getProvider().getName())) {
                    Field spi = JdkAccess.field(SecureRandom.class, "secureRandomSpi");
                    spi.set(random, new PredictableSecureRandomSpi());
                }
                done.add(type.getSimpleName());
            } catch (InaccessibleObjectException denied) {
                Class<?> type = JdkAccess.findClass(holder[0]);
                if (type != null) {
                    flags.add(JdkAccess.opensFlag(type));
                }
                flags.add(JdkAccess.opensFlag(SecureRandom.class));
            } catch (ClassNotFoundException | NoSuchFieldException absent) {
                // this JDK has no such holder
            } catch (ReflectiveOperationException | RuntimeException e) {
                return SeedOutcome.failed("could not make " + holder[0] + " predictable: " + e, "please report it");
            }
        }
        if (!flags.isEmpty()) {
            return SeedOutcome.noAccess("new SecureRandom() is predictable, but holders created earlier are not ("
                    + String.join(", ", done) + " done)", String.join(" ", flags.stream().distinct().toList()));
        }
        return SeedOutcome.seeded("INSECURE: new SecureRandom(), UUID.randomUUID() and temp-file names predictable");
    }

    private static Field holderField(Class<?> type, String[] holder) throws NoSuchFieldException {
        NoSuchFieldException last = null;
        for (int i = 1; i < holder.length; i++) {
            try {
                return JdkAccess.field(type, holder[i]);
            } catch (NoSuchFieldException tryNext) {
                last = tryNext;
            }
        }
        throw last;
    }

    @Override
    public Runnable capture() {
        return null;
    }

    @Override
    public List<String> requiredJvmOptions() {
        return List.of();
    }
}
