package org.seedeverything.internal.targets;

import java.lang.reflect.InaccessibleObjectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.seedeverything.internal.Derivation;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * Generators whose no-argument constructors draw their seed from a static {@code AtomicLong}:
 * {@code new SplittableRandom()} ({@code defaultGen}) and every JDK 17+ {@code RandomGenerator} algorithm
 * ({@code defaultGen} or {@code DEFAULT_GEN}; package {@code jdk.random} on 17, {@code jdk.internal.random} on 21+).
 * Each class gets its own seed, derived from the target's seed and the class's simple name.
 */
final class AtomicSeedTarget implements SeedTarget {
    private static final String[] FIELD_NAMES = {"defaultGen", "DEFAULT_GEN"};

    private final String name;
    private final List<String> classNames;
    private final String description;

    AtomicSeedTarget(String name, List<String> classNames, String description) {
        this.name = name;
        this.classNames = classNames;
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    private List<Class<?>> presentClasses() {
        List<Class<?>> present = new ArrayList<>();
        for (String className : classNames) {
            Class<?> type = JdkAccess.findClass(className);
            if (type != null) {
                present.add(type);
            }
        }
        return present;
    }

    private static AtomicLong counter(Class<?> type) throws ReflectiveOperationException {
        for (String fieldName : FIELD_NAMES) {
            try {
                return (AtomicLong) JdkAccess.field(type, fieldName).get(null);
            } catch (NoSuchFieldException tryNext) {
                // the other spelling
            }
        }
        throw new NoSuchFieldException(type.getName() + " has neither defaultGen nor DEFAULT_GEN");
    }

    @Override
    public SeedOutcome seed(long seed) {
        List<Class<?>> present = presentClasses();
        if (present.isEmpty()) {
            return SeedOutcome.notPresent("no " + description + " class on this JDK");
        }
        List<String> seeded = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Class<?> type : present) {
            try {
                counter(type).set(Derivation.derive(seed, type.getSimpleName()));
                seeded.add(type.getSimpleName());
            } catch (InaccessibleObjectException denied) {
                String flag = JdkAccess.opensFlag(type);
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                failures.add(type.getSimpleName() + ": " + e);
            }
        }
        if (!flags.isEmpty()) {
            return SeedOutcome.noAccess(description + ": package not open to us", String.join(" ", flags));
        }
        if (!failures.isEmpty()) {
            return SeedOutcome.failed(description + ": " + String.join("; ", failures),
                    "this JDK may have renamed the field; please report it");
        }
        return SeedOutcome.seeded(seeded.size() == 1 ? description + " reseeded"
                : description + ": " + seeded.size() + " algorithms reseeded");
    }

    @Override
    public Runnable capture() {
        List<Runnable> restorers = new ArrayList<>();
        for (Class<?> type : presentClasses()) {
            try {
                AtomicLong counter = counter(type);
                long value = counter.get();
                restorers.add(() -> counter.set(value));
            } catch (ReflectiveOperationException | RuntimeException denied) {
                return null;
            }
        }
        return () -> restorers.forEach(Runnable::run);
    }

    @Override
    public List<String> requiredJvmOptions() {
        List<String> flags = new ArrayList<>();
        for (Class<?> type : presentClasses()) {
            String flag = JdkAccess.opensFlag(type);
            if (!flags.contains(flag)) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
