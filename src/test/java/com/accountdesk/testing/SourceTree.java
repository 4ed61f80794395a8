package com.accountdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own files as text, for tests that check the sources themselves (texts, view-model tests). */
public final class SourceTree {
    public static final Path MAIN_JAVA = Path.of("src/main/java");
    public static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    public static final Path TEST_JAVA = Path.of("src/test/java");

    private SourceTree() {
    }

    /** Every file below {@code root} whose name ends with {@code suffix}. */
    public static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
