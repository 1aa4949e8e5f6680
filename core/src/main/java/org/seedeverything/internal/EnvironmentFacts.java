package org.seedeverything.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.seedeverything.spi.SeedTarget;
import org.slf4j.LoggerFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** The JVM and machine facts that a report or manifest records next to its seeds. */
public final class EnvironmentFacts {
    private EnvironmentFacts() {
    }

    /** The version of this library, from the jar manifest, or {@code "dev"} when run from classes. */
    public static String libraryVersion() {
        String version = EnvironmentFacts.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** An ordered map of facts; keys are stable, values are plain strings. */
    public static Map<String, String> collect() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("java.version", System.getProperty("java.version", "?"));
        facts.put("java.vendor", System.getProperty("java.vendor", "?"));
        facts.put("java.vm.name", System.getProperty("java.vm.name", "?"));
        facts.put("os.name", System.getProperty("os.name", "?"));
        facts.put("os.version", System.getProperty("os.version", "?"));
        facts.put("os.arch", System.getProperty("os.arch", "?"));
        facts.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("charset", Charset.defaultCharset().name());
        facts.put("locale", Locale.getDefault().toLanguageTag());
        facts.put("timezone", TimeZone.getDefault().getID());
        facts.put("seed-everything", libraryVersion());
        for (SeedTarget target : pluggedTargets()) {
            try {
                facts.putAll(target.environmentFacts());
            } catch (RuntimeException | LinkageError e) {
                facts.put(target.name() + ".error", e.toString());
            }
        }
        return facts;
    }

    private static volatile List<SeedTarget> plugged;

    /** Targets found through ServiceLoader (the same discovery {@code Seeds} uses), loaded once. */
    public static List<SeedTarget> pluggedTargets() {
        List<SeedTarget> current = plugged;
        if (current == null) {
            List<SeedTarget> found = new ArrayList<>();
            try {
                for (SeedTarget target : ServiceLoader.load(SeedTarget.class, EnvironmentFacts.class.getClassLoader())) {
                    found.add(target);
                }
            } catch (ServiceConfigurationError broken) {
                LoggerFactory.getLogger(EnvironmentFacts.class)
                        .warn("A SeedTarget service could not be loaded and is ignored: {}", broken.toString());
            }
            current = List.copyOf(found);
            plugged = current;
        }
        return current;
    }
}
