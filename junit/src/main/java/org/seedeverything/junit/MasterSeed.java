package org.seedeverything.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.seedeverything.Seeds;

/**
 * The master seed of a test and where it came from, chosen in the order documented on {@link SeedEverything}.
 *
 * @param seed   the master seed
 * @param source where it came from, for messages
 */
record MasterSeed(long seed, String source) {

    /** The master for {@code context}: nearest fixed annotation, configuration, environment, or this run's fresh seed. */
    static MasterSeed of(ExtensionContext context) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = at.getElement();
            if (element.isPresent()) {
                Optional<MasterSeed> fixed = AnnotationSupport.findAnnotation(element.get(), SeedEverything.class)
                        .flatMap(annotation -> fixed(annotation, element.get()));
                if (fixed.isPresent()) {
                    return fixed.get();
                }
            }
        }
        Optional<String> configured = context.getConfigurationParameter(SeedEverything.MASTER_KEY);
        if (configured.isPresent() && !configured.get().isBlank()) {
            return new MasterSeed(parseSetting(configured.get(), "configuration parameter "
                    + SeedEverything.MASTER_KEY, "-D" + SeedEverything.MASTER_KEY + "=2021"),
                    "configuration parameter " + SeedEverything.MASTER_KEY);
        }
        // Launchers usually fall back to system properties themselves; some (e.g. the engine test kit) do not.
        String property = System.getProperty(SeedEverything.MASTER_KEY);
        if (property != null && !property.isBlank()) {
            return new MasterSeed(parseSetting(property, "system property " + SeedEverything.MASTER_KEY,
                    "-D" + SeedEverything.MASTER_KEY + "=2021"), "system property " + SeedEverything.MASTER_KEY);
        }
        String environment = System.getenv(Seeds.MASTER_ENVIRONMENT_VARIABLE);
        if (environment != null && !environment.isBlank()) {
            return new MasterSeed(parseSetting(environment, "environment variable "
                    + Seeds.MASTER_ENVIRONMENT_VARIABLE, Seeds.MASTER_ENVIRONMENT_VARIABLE + "=2021"),
                    "environment variable " + Seeds.MASTER_ENVIRONMENT_VARIABLE);
        }
        return context.getRoot().getStore(SeedEverythingExtension.NAMESPACE)
                .getOrComputeIfAbsent(MasterSeed.class, key -> fresh(), MasterSeed.class);
    }

    /** The fixed master of one annotation, if it has one; misconfiguration names the annotation and the fix. */
    static Optional<MasterSeed> fixed(SeedEverything annotation, AnnotatedElement where) {
        long[] values = annotation.value();
        String text = annotation.text();
        String place = describe(where);
        if (values.length > 1) {
            throw new ExtensionConfigurationException("@SeedEverything(" + Arrays.toString(values) + ") on " + place
                    + " gives " + values.length + " master seeds; give one, e.g. @SeedEverything(" + values[0] + ")");
        }
        if (values.length == 1 && !text.isEmpty()) {
            throw new ExtensionConfigurationException("@SeedEverything(value = " + values[0] + ", text = \"" + text
                    + "\") on " + place + " gives two master seeds; keep either value or text");
        }
        if (values.length == 1) {
            return Optional.of(new MasterSeed(values[0], "@SeedEverything on " + place));
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MasterSeed(Seeds.parse(text), "@SeedEverything on " + place));
        } catch (IllegalArgumentException bad) {
            throw new ExtensionConfigurationException("@SeedEverything(text = \"" + text + "\") on " + place
                    + " is not a seed: " + bad.getMessage() + ". Fix the text, e.g. @SeedEverything(text = \"0x7e5\")"
                    + " or @SeedEverything(2021)", bad);
        }
    }

    private static long parseSetting(String text, String where, String example) {
        try {
            return Seeds.parse(text);
        } catch (IllegalArgumentException bad) {
            throw new ExtensionConfigurationException("@SeedEverything: the " + where + " is '" + text
                    + "', which is not a seed: " + bad.getMessage() + ". Fix it, e.g. " + example, bad);
        }
    }

    private static MasterSeed fresh() {
        long seed = new SecureRandom().nextLong();
        // Printed once per run, so that any test of the run can be reproduced even when it passes here.
        System.out.println("seed-everything: no master seed given; this run uses -D" + SeedEverything.MASTER_KEY
                + "=" + Seeds.format(seed));
        return new MasterSeed(seed, "fresh seed of this run");
    }

    private static String describe(AnnotatedElement element) {
        if (element instanceof Method method) {
            return method.getDeclaringClass().getName() + "#" + method.getName();
        }
        if (element instanceof Class<?> type) {
            return type.getName();
        }
        return element.toString();
    }
}
