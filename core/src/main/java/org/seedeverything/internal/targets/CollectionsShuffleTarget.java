package org.seedeverything.internal.targets;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;
import org.seedeverything.spi.TargetSupport;

/** {@code Collections.shuffle(List)}: its lazily created static {@code Collections.r} is replaced by a seeded one. */
final class CollectionsShuffleTarget implements SeedTarget {
    @Override
    public String name() {
        return "jdk.collections-shuffle";
    }

    private static Field field() throws ReflectiveOperationException {
        return JdkAccess.field(Collections.class, "r");
    }

    @Override
    public SeedOutcome seed(long seed) {
        try {
            field().set(null, new Random(seed));
            return SeedOutcome.seeded("Collections.shuffle(List) default Random replaced");
        } catch (InaccessibleObjectException denied) {
            return SeedOutcome.noAccess("Collections.r is not open to us", JdkAccess.opensFlag(Collections.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return SeedOutcome.failed("could not reach Collections.r: " + e, "please report it");
        }
    }

    @Override
    public Runnable capture() {
        try {
            Field field = field();
            Random previous = (Random) field.get(null);
            Runnable state = TargetSupport.restorer(previous);
            return () -> {
                try {
                    field.set(null, previous);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Could not restore Collections.r: " + e, e);
                }
                if (state != null) {
                    state.run();
                }
            };
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
    }

    @Override
    public List<String> requiredJvmOptions() {
        return List.of(JdkAccess.opensFlag(Collections.class));
    }
}
