package com.accountdesk.packaging;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged runtime (packaging/jlink.options) holds every JDK module the app's libraries say they
 * need: each library jar with a module descriptor lists its {@code requires}, and a JDK module missing
 * from the runtime fails only at run time, far from here (dbus-java's jdk.security.auth: the OS
 * keyring silently fell back to the file). Libraries used by the tests only are not in the package.
 */
class RuntimeModulesTest {
    /** Jars on the test class path that the package does not ship (pom.xml's test scope). */
    private static final List<String> TEST_ONLY = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/", "/org/testfx/",
            "/org/hamcrest/", "/org/assertj/", "/org/osgi/", "/com/tngtech/", "/mockwebserver/", "/okhttp-tls/", "/surefire",
            "/com/google/errorprone/");

    @Test
    void theJlinkedRuntimeHasEveryJdkModuleTheShippedLibrariesRequire() throws Exception {
        Set<String> runtime = resolvedJdkModules(SecretServiceKeyringTest.packagedJdkModules());
        Set<String> missing = new TreeSet<>();
        List<String> described = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String path = jar.toAbsolutePath().toString().replace(File.separatorChar, '/');
            if (!path.endsWith(".jar") || !Files.isRegularFile(jar) || TEST_ONLY.stream().anyMatch(path::contains)) {
                continue;
            }
            for (ModuleReference module : ModuleFinder.of(jar).findAll()) {
                ModuleDescriptor descriptor = module.descriptor();
                if (descriptor.isAutomatic()) {
                    continue;
                }
                described.add(descriptor.name());
                for (ModuleDescriptor.Requires requires : descriptor.requires()) {
                    boolean optional = requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
                    if (!optional && ModuleFinder.ofSystem().find(requires.name()).isPresent() && !runtime.contains(requires.name())) {
                        missing.add(requires.name() + " (required by " + descriptor.name() + ", " + jar.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(described.contains("org.freedesktop.dbus"), "the OS keyring's D-Bus library is not on the class path: " + described);
        assertEquals(Set.of(), missing, "JDK modules missing from packaging/jlink.options");
    }

    /** The modules jlink puts into the runtime for these roots: they and what they require, transitively. */
    private static Set<String> resolvedJdkModules(List<String> roots) {
        Configuration configuration = Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), roots);
        return configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theJlinkOptionsNameOnlyModulesThisJdkKnows() throws Exception {
        List<String> unknown = Stream.of(SecretServiceKeyringTest.packagedJdkModules().toArray(String[]::new))
                .filter(name -> ModuleFinder.ofSystem().find(name).isEmpty()).toList();
        assertEquals(List.of(), unknown);
    }
}
