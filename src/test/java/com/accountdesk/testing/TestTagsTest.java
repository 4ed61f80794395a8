package com.accountdesk.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast lane (`-DexcludedGroups=ui`) leaves out exactly the tests that start the FX toolkit: each
 * of them is tagged "ui", and each test that starts another process "process", so a new one cannot
 * slip into the lane by being forgotten.
 */
class TestTagsTest {
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern TOOLKIT = Pattern.compile("FxRobot|FxToolkit|ApplicationExtension|@ExtendWith\\(AppExtension|Platform\\.(runLater|startup)");
    private static final Pattern PROCESS = Pattern.compile("new ProcessBuilder\\(");

    private static List<String> untagged(Pattern uses, String tag) throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> !f.getFileName().toString().equals("TestTagsTest.java")
                            && !f.getFileName().toString().equals("ViewModelTestsTest.java")) // both name the patterns, start nothing
                    .filter(f -> {
                        String text = read(f);
                        return uses.matcher(text).find() && !text.contains("@Tag(\"" + tag + "\")")
                                && !(tag.equals("process") && text.contains("@Tag(\"ui\")"));
                    })
                    .map(f -> TESTS.relativize(f).toString()).sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyTestThatStartsTheToolkitIsTaggedUi() throws IOException {
        assertEquals(List.of(), untagged(TOOLKIT, "ui"));
    }

    @Test
    void everyTestThatStartsAProcessIsTaggedProcess() throws IOException {
        assertEquals(List.of(), untagged(PROCESS, "process"));
    }
}
