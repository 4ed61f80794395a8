package com.accountdesk.testing.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What each test JVM of one Maven run saw, kept in files so that a later JVM can add them up: the
 * suite runs in several forks, each of which sees only its share of the classes and exchanges.
 * The folder is named by the system property {@code accountdesk.spec.run} (one per Maven run, see
 * the pom); without it nothing is kept and no run can be told whole.
 */
final class RunRecord {
    static final String FILTERED = "!filtered";
    private static final String SELECTED = ".selected";
    private static final String FIRED = ".fired";
    private static final long PID = ProcessHandle.current().pid();

    private RunRecord() {
    }

    /** The folder of this Maven run's records, or null when this JVM keeps none. */
    static Path folder() {
        String dir = System.getProperty("accountdesk.spec.run", "");
        return dir.isBlank() ? null : Path.of(dir);
    }

    /** The classes one discovery of this JVM selected, or that it was filtered (by name or tag). */
    static void selected(List<String> classes, boolean filtered) {
        append(SELECTED, filtered ? List.of(FILTERED) : classes);
    }

    /** A deviation that explained a finding of a real exchange in this JVM. */
    static void fired(String deviation) {
        append(FIRED, List.of(deviation));
    }

    private static synchronized void append(String kind, List<String> lines) {
        Path folder = folder();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(PID + kind), lines, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the other JVMs of this run saw (this one, the check's own, is left out). */
    record Seen(Set<String> selected, boolean filtered, Set<String> fired) {
        /** Why these records are not the whole suite (every class with tests but {@code except}), or null when they are. */
        String notWhole(Set<String> classesWithTests, String except) {
            if (filtered) {
                return "the run is filtered (by test name or tag)";
            }
            Set<String> missing = new TreeSet<>(classesWithTests);
            missing.remove(except);
            missing.removeAll(selected);
            return missing.isEmpty() ? null : "not run: " + missing.stream().limit(5).toList() + (missing.size() > 5 ? " …" : "");
        }
    }

    static Seen readOthers(Path folder) {
        Set<String> selected = new HashSet<>();
        Set<String> fired = new HashSet<>();
        boolean filtered = false;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(PID + ".")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    if (name.endsWith(SELECTED)) {
                        filtered |= lines.contains(FILTERED);
                        selected.addAll(lines);
                    } else if (name.endsWith(FIRED)) {
                        fired.addAll(lines);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Seen(Set.copyOf(selected), filtered, Set.copyOf(fired));
    }
}
