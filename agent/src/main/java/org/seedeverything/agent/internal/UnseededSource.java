package org.seedeverything.agent.internal;

import java.util.HashMap;
import java.util.Map;

/** The unseeded sources the agent watches: the label users see, whether it is a secure source, and the fix. */
enum UnseededSource {
    NEW_RANDOM("new java.util.Random()", false,
            "seed it: new Random(Seeds.derive(\"<name>\")) or Seeds.random(\"<name>\")"),
    MATH_RANDOM("Math.random()", false, "draw from a seeded generator: Seeds.random(\"<name>\").nextDouble()"),
    STRICT_MATH_RANDOM("StrictMath.random()", false,
            "draw from a seeded generator: Seeds.random(\"<name>\").nextDouble()"),
    THREAD_LOCAL_RANDOM("ThreadLocalRandom.current()", false,
            "pass a seeded generator instead, e.g. Seeds.splittable(\"<name>\").split() per task"),
    NEW_SPLITTABLE_RANDOM("new java.util.SplittableRandom()", false,
            "seed it: Seeds.splittable(\"<name>\") or new SplittableRandom(Seeds.derive(\"<name>\"))"),
    RANDOM_GENERATOR_DEFAULT("RandomGenerator.getDefault()", false,
            "seed it: RandomGeneratorFactory.getDefault().create(Seeds.derive(\"<name>\"))"),
    RANDOM_GENERATOR_OF("RandomGenerator.of(String)", false,
            "seed it: RandomGeneratorFactory.of(algorithm).create(Seeds.derive(\"<name>\"))"),
    RANDOM_GENERATOR_FACTORY_CREATE("RandomGeneratorFactory.create()", false,
            "seed it: factory.create(Seeds.derive(\"<name>\"))"),
    COLLECTIONS_SHUFFLE("Collections.shuffle(List)", false,
            "pass a seeded generator: Collections.shuffle(list, Seeds.random(\"<name>\"))"),
    COMMONS_RNG_CREATE("RandomSource.create() without a seed", false,
            "seed it: RandomSource.X.create(Seeds.derive(\"<name>\")) or Seeds.stream(\"<name>\")"),
    NEW_SECURE_RANDOM("new java.security.SecureRandom()", true,
            "none needed: secure sources stay random unless insecure-securerandom is given"),
    RANDOM_UUID("UUID.randomUUID()", true,
            "none needed: secure sources stay random unless insecure-securerandom is given");

    private static final Map<String, UnseededSource> BY_LABEL = new HashMap<>();

    static {
        for (UnseededSource source : values()) {
            BY_LABEL.put(source.label, source);
        }
    }

    private final String label;
    private final boolean secure;
    private final String fix;

    UnseededSource(String label, boolean secure, String fix) {
        this.label = label;
        this.secure = secure;
        this.fix = fix;
    }

    /** The source by its label. */
    static UnseededSource byLabel(String label) {
        UnseededSource source = BY_LABEL.get(label);
        if (source == null) {
            throw new IllegalArgumentException("No unseeded source is labelled '" + label + "'");
        }
        return source;
    }

    /** How reports name the source, e.g. {@code new java.util.Random()}. */
    String label() {
        return label;
    }

    /** SecureRandom and random UUIDs: recorded by audit, never forbidden, never seeded without opt-in. */
    boolean secure() {
        return secure;
    }

    /** What to change in the code so that the use follows the master seed. */
    String fix() {
        return fix;
    }
}
