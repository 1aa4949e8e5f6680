package org.seedeverything.junit;

import org.seedeverything.Seeds;

/**
 * The build tool a test runs under, so that reproduce lines and fixes are written in its terms: Gradle when the
 * test runs in a Gradle test worker (which sets the system property {@value #GRADLE_WORKER_PROPERTY}), else Maven.
 */
enum BuildTool {
    MAVEN,
    GRADLE;

    /** Set by Gradle in every test worker JVM: {@value}. */
    static final String GRADLE_WORKER_PROPERTY = "org.gradle.test.worker";

    /** The build tool of this JVM, by the properties it sets. */
    static BuildTool current() {
        return System.getProperty(GRADLE_WORKER_PROPERTY) != null ? GRADLE : MAVEN;
    }

    /**
     * The command that runs {@code method} of {@code testClass} (or the whole class when {@code method} is null)
     * with {@code master}: {@code mvn test -Dtest=FooTest#bar -Dseeds.master=2021} or
     * {@code ./gradlew test --tests 'com.example.FooTest.bar' -Dseeds.master=2021}.
     */
    String reproduceCommand(Class<?> testClass, String method, long master) {
        String seed = " -D" + SeedEverything.MASTER_KEY + "=" + Seeds.format(master);
        if (this == GRADLE) {
            String filter = testClass == null ? "*" : testClass.getName() + (method == null ? "" : "." + method);
            return "./gradlew test --tests '" + filter + "'" + seed;
        }
        StringBuilder filter = new StringBuilder();
        if (testClass != null) {
            filter.append(nameWithinPackage(testClass));
        }
        if (method != null) {
            filter.append('#').append(method);
        }
        String test = filter.indexOf("$") >= 0 ? "'" + filter + "'" : filter.toString();
        return "mvn test -Dtest=" + test + seed;
    }

    /** How to put the seed-everything agent on this build tool's test JVMs, as lines to paste. */
    String agentRecipe(String version) {
        if (this == GRADLE) {
            return """
                      configurations { seedAgent }
                      dependencies { seedAgent 'org.seedeverything:seed-everything-agent:%s' }
                      test {
                          doFirst { jvmArgs "-javaagent:${configurations.seedAgent.singleFile}" }
                          if (System.getProperty('seeds.master')) systemProperty 'seeds.master', System.getProperty('seeds.master')
                      }
                    """.replace("%s", version);
        }
        return """
                  <plugin>
                    <groupId>org.seedeverything</groupId>
                    <artifactId>seed-everything-maven-plugin</artifactId>
                    <version>%s</version>
                    <executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions>
                  </plugin>
                """.replace("%s", version);
    }

    /** Where JVM flags (each one token, e.g. {@code --add-opens=java.base/java.lang=ALL-UNNAMED}) go. */
    String flagsRecipe(java.util.List<String> flags) {
        return this == GRADLE ? "test { jvmArgs '" + String.join("', '", flags) + "' }"
                : "<argLine>" + String.join(" ", flags) + "</argLine> (Surefire/Failsafe; keep @{argLine} in front"
                + " if another plugin sets it)";
    }

    private static String nameWithinPackage(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.isEmpty() ? type.getName() : type.getName().substring(packageName.length() + 1);
    }
}
