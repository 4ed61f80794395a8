package com.accountdesk.testing.spec;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestTemplate;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sees what surefire asked each test JVM for: registered for discovery (META-INF/services), it
 * keeps every discovery's selected classes, or that the run was filtered (a -Dtest, a tag such as
 * the fast lane's), in the run's record ({@link RunRecord}). The run is whole when no JVM was
 * filtered and together they selected every class with tests in target/test-classes. Only a whole
 * run can say a deviation was never needed.
 */
public final class FullRun implements LauncherDiscoveryListener {
    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        RunRecord.selected(request.getSelectorsByType(ClassSelector.class).stream().map(ClassSelector::getClassName).toList(),
                !request.getPostDiscoveryFilters().isEmpty());
    }

    /** The top-level classes of the test output that surefire's default includes name and that hold tests. */
    static Set<String> classesWithTests() {
        Path root;
        try {
            root = Path.of(FullRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(FullRun::namedLikeATest)
                    .filter(FullRun::holdsTests)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namedLikeATest(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.startsWith("Test") || simple.endsWith("Test") || simple.endsWith("Tests") || simple.endsWith("TestCase");
    }

    private static boolean holdsTests(String className) {
        try {
            Class<?> type = Class.forName(className, false, FullRun.class.getClassLoader());
            if (Modifier.isAbstract(type.getModifiers())) {
                return false;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    for (Annotation a : m.getAnnotations()) {
                        Class<? extends Annotation> t = a.annotationType();
                        if (t == Test.class || t == TestFactory.class || t == TestTemplate.class || t == RepeatedTest.class
                                || t.isAnnotationPresent(TestTemplate.class)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
