package org.seedeverything.agent.internal;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens JDK packages to the library with {@link Instrumentation#redefineModule}, so that nobody has to put
 * {@code --add-opens} on the command line. The packages are the ones the seeding targets ask for
 * ({@code Seeds.requiredJvmOptions()}), parsed from their {@code --add-opens module/package=...} form.
 */
final class ModuleOpener {
    /** What the opted-in SecureRandom target reaches besides the targets' own flags. */
    static final List<String> SECURE_RANDOM_PACKAGES = List.of("java.base/java.security", "java.base/java.util",
            "java.base/java.io", "java.base/java.nio.file");

    private ModuleOpener() {
    }

    /**
     * Opens each {@code module/package} in {@code flags} (entries such as
     * {@code --add-opens=java.base/java.lang=ALL-UNNAMED}, {@code --add-opens java.base/java.lang=ALL-UNNAMED} or bare
     * {@code java.base/java.lang}) to {@code grantee}.
     *
     * @return the {@code module/package} pairs that were opened; absent modules are skipped
     */
    static List<String> open(Instrumentation instrumentation, List<String> flags, Module grantee) {
        List<String> opened = new ArrayList<>();
        for (String flag : flags) {
            String target = flag.startsWith("--add-opens") ? flag.substring("--add-opens".length()).trim() : flag;
            if (target.startsWith("=")) {
                target = target.substring(1);
            }
            int equals = target.indexOf('=');
            String modulePackage = equals < 0 ? target : target.substring(0, equals);
            int slash = modulePackage.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            String moduleName = modulePackage.substring(0, slash);
            String packageName = modulePackage.substring(slash + 1);
            Optional<Module> module = ModuleLayer.boot().findModule(moduleName);
            if (module.isEmpty() || !module.get().getPackages().contains(packageName)) {
                continue;
            }
            if (!module.get().isOpen(packageName, grantee)) {
                instrumentation.redefineModule(module.get(), Set.of(), Map.of(),
                        Map.of(packageName, Set.of(grantee)), Set.of(), Map.of());
            }
            opened.add(modulePackage);
        }
        return opened;
    }
}
