package org.seedeverything.internal.targets;

import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.seedeverything.internal.EnvironmentFacts;
import org.seedeverything.spi.SeedTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows every target, each name once and in this order:
 * <ol>
 *   <li>the built-in targets (JDK generators, {@code Collections.shuffle}, Commons RNG, {@code SecureRandom});</li>
 *   <li>{@link ServiceLoader} targets, looked up through this library's class loader, then the calling thread's
 *       context class loader, then the loader given to {@code Seeds.builder().classLoader(...)} (remembered until
 *       the next {@code apply}); a target seen through several loaders counts once, by name;</li>
 *   <li>targets registered with {@code Seeds.register}, whose names may not repeat a built-in or discovered one.</li>
 * </ol>
 * Discovery runs once per class loader; other loaders' targets are cached softly and weakly keyed, so that an
 * undeployed application's loader can still be collected.
 */
public final class TargetCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(TargetCatalogue.class);
    private static final List<String> GENERATOR_ALGORITHMS = List.of("L32X64MixRandom", "L64X128MixRandom",
            "L64X128StarStarRandom", "L64X256MixRandom", "L64X1024MixRandom", "L128X128MixRandom",
            "L128X256MixRandom", "L128X1024MixRandom", "Xoroshiro128PlusPlus", "Xoshiro256PlusPlus");

    private static final int MAX_BROKEN_SERVICES = 64;

    private static final Map<String, SeedTarget> REGISTERED = Collections.synchronizedMap(new LinkedHashMap<>());
    /** This library's own ServiceLoader targets: its loader lives as long as this class. */
    private static volatile List<SeedTarget> ownDiscovered;
    /** Targets found per other loader; the list is held softly, because its targets' classes pin their loader. */
    private static final Map<ClassLoader, Reference<List<SeedTarget>>> DISCOVERED =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final Set<String> REPORTED_CLASHES = ConcurrentHashMap.newKeySet();
    private static volatile WeakReference<ClassLoader> explicitLoader = new WeakReference<>(null);

    private TargetCatalogue() {
    }

    /** Every target: built-in, discovered, registered (see the class comment); the SecureRandom one opted in or not. */
    public static List<SeedTarget> all(boolean predictableSecureRandom) {
        Map<String, SeedTarget> byName = new LinkedHashMap<>();
        for (SeedTarget target : builtIn(predictableSecureRandom)) {
            byName.put(target.name(), target);
        }
        for (SeedTarget target : discovered()) {
            keepFirst(byName, target);
        }
        synchronized (REGISTERED) {
            for (SeedTarget target : REGISTERED.values()) {
                keepFirst(byName, target); // a target discovered after registration may take the name
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Every target with the SecureRandom target left alone. */
    public static List<SeedTarget> all() {
        return all(false);
    }

    /** Sets the loader {@code Seeds.builder().classLoader(...)} named for the current seeding ({@code null}: none). */
    public static void useExplicitLoader(ClassLoader loader) {
        explicitLoader = new WeakReference<>(loader);
    }

    /**
     * Adds a user target. Its name may not be one of a built-in or discovered target: that one would win, and the
     * user's would silently never be called.
     *
     * @throws IllegalArgumentException naming the taken name and the fix
     */
    public static void register(SeedTarget target) {
        for (SeedTarget existing : builtIn(false)) {
            rejectTaken(target.name(), existing, "built-in");
        }
        for (SeedTarget existing : discovered()) {
            rejectTaken(target.name(), existing, "discovered (ServiceLoader)");
        }
        REGISTERED.put(target.name(), target);
    }

    /** Removes a registered target; returns whether it was there. */
    public static boolean unregister(String name) {
        return REGISTERED.remove(name) != null;
    }

    /** {@link EnvironmentFacts#collect()} plus the facts every target reports about its library. */
    public static Map<String, String> environmentFacts() {
        Map<String, String> facts = EnvironmentFacts.collect();
        for (SeedTarget target : discovered()) {
            try {
                facts.putAll(target.environmentFacts());
            } catch (RuntimeException | LinkageError e) {
                facts.put(target.name() + ".error", e.toString());
            }
        }
        return facts;
    }

    private static void rejectTaken(String name, SeedTarget existing, String kind) {
        if (existing.name().equals(name)) {
            throw new IllegalArgumentException("Target name '" + name + "' is taken by a " + kind + " target ("
                    + existing.getClass().getName() + "), which would be seeded instead of yours; register under"
                    + " your own name, e.g. \"app." + name + "\", or leave the built-in one out with"
                    + " Seeds.builder().exclude(\"" + name + "\")");
        }
    }

    /** Math, StrictMath, ThreadLocalRandom, SplittableRandom, RandomGenerator algorithms, shuffle, Commons RNG. */
    private static List<SeedTarget> builtIn(boolean predictableSecureRandom) {
        List<String> generatorClasses = new ArrayList<>();
        for (String algorithm : GENERATOR_ALGORITHMS) {
            generatorClasses.add("jdk.internal.random." + algorithm);
            generatorClasses.add("jdk.random." + algorithm);
        }
        return List.of(
                new RandomHolderTarget("jdk.math-random", Math.class),
                new RandomHolderTarget("jdk.strict-math-random", StrictMath.class),
                new ThreadLocalRandomTarget(),
                new AtomicSeedTarget("jdk.splittable-random", List.of("java.util.SplittableRandom"),
                        "new SplittableRandom()"),
                new AtomicSeedTarget("jdk.random-generators", generatorClasses,
                        "RandomGenerator.getDefault() and RandomGeneratorFactory defaults"),
                new CollectionsShuffleTarget(),
                new CommonsRngSeedFactoryTarget(),
                predictableSecureRandom ? SecureRandomTarget.optedIn() : SecureRandomTarget.left());
    }

    /** ServiceLoader targets of this library's loader, the context loader and the explicit one, each name once. */
    private static List<SeedTarget> discovered() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(TargetCatalogue.class.getClassLoader());
        loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(explicitLoader.get());
        Map<String, SeedTarget> byName = new LinkedHashMap<>();
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            for (SeedTarget target : discovered(loader)) {
                keepFirst(byName, target);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Adds {@code target} unless its name is taken; a different class under a taken name is reported once. */
    private static void keepFirst(Map<String, SeedTarget> byName, SeedTarget target) {
        SeedTarget earlier = byName.putIfAbsent(target.name(), target);
        if (earlier != null && earlier.getClass() != target.getClass() && REPORTED_CLASHES.add(target.name())) {
            LOG.warn("Two targets are named '{}': {} is used, {} (loaded by {}) is ignored; rename one of them",
                    target.name(), earlier.getClass().getName(), target.getClass().getName(),
                    target.getClass().getClassLoader());
        }
    }

    private static List<SeedTarget> discovered(ClassLoader loader) {
        if (loader == TargetCatalogue.class.getClassLoader()) {
            List<SeedTarget> own = ownDiscovered;
            if (own == null) {
                own = load(loader);
                ownDiscovered = own;
            }
            return own;
        }
        Reference<List<SeedTarget>> cached = DISCOVERED.get(loader);
        List<SeedTarget> targets = cached == null ? null : cached.get();
        if (targets == null) {
            targets = load(loader);
            DISCOVERED.put(loader, new SoftReference<>(targets));
        }
        return targets;
    }

    private static List<SeedTarget> load(ClassLoader loader) {
        List<SeedTarget> found = new ArrayList<>();
        Iterator<SeedTarget> services = ServiceLoader.load(SeedTarget.class, loader).iterator();
        int broken = 0;
        while (broken < MAX_BROKEN_SERVICES) {
            try {
                if (!services.hasNext()) {
                    break;
                }
                found.add(services.next());
            } catch (ServiceConfigurationError error) {
                // The iterator tries the next provider after an error; the cap stops a loader that keeps failing.
                broken++;
                LOG.warn("A SeedTarget service could not be loaded and is ignored: {}", error.toString());
            }
        }
        return List.copyOf(found);
    }
}
