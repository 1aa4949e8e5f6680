package org.seedeverything.internal.targets;

import java.lang.reflect.InaccessibleObjectException;
import java.util.List;
import java.util.Random;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;
import org.seedeverything.spi.TargetSupport;

/**
 * {@code Math.random()} and {@code StrictMath.random()}: each reads a static final {@code Random} in a private
 * holder class; we reach the instance and call {@code setSeed}.
 */
final class RandomHolderTarget implements SeedTarget {
    private final String name;
    private final Class<?> owner;
    private final String holderClassName;

    RandomHolderTarget(String name, Class<?> owner) {
        this.name = name;
        this.owner = owner;
        this.holderClassName = owner.getName() + "$RandomNumberGeneratorHolder";
    }

    @Override
    public String name() {
        return name;
    }

    private Random generator() throws ReflectiveOperationException {
        Class<?> holder = Class.forName(holderClassName, true, null);
        return (Random) JdkAccess.field(holder, "randomNumberGenerator").get(null);
    }

    @Override
    public SeedOutcome seed(long seed) {
        try {
            generator().setSeed(seed);
            return SeedOutcome.seeded(owner.getSimpleName() + ".random() generator reseeded");
        } catch (InaccessibleObjectException denied) {
            return SeedOutcome.noAccess(owner.getSimpleName() + ".random() holder is not open to us",
                    JdkAccess.opensFlag(owner));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return SeedOutcome.failed("could not reach " + holderClassName + ": " + e,
                    "this JDK may have renamed the holder; please report it");
        }
    }

    @Override
    public Runnable capture() {
        try {
            return TargetSupport.restorer(generator());
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
    }

    @Override
    public List<String> requiredJvmOptions() {
        return List.of(JdkAccess.opensFlag(owner), JdkAccess.opensFlag(Random.class));
    }
}
