package org.seedeverything.internal;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The JVM and machine facts that a report or manifest records next to its seeds. The targets' own facts (e.g. the
 * ND4J backend) are added by {@code TargetCatalogue.environmentFacts()}.
 */
public final class EnvironmentFacts {
    private EnvironmentFacts() {
    }

    /** The version of this library, from the jar manifest, or {@code "dev"} when run from classes. */
    public static String libraryVersion() {
        String version = EnvironmentFacts.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** An ordered, modifiable map of facts; keys are stable, values are plain strings. */
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
        return facts;
    }
}
