package com.accountdesk.architecture;

import static com.accountdesk.testing.SourceTree.files;
import static com.accountdesk.testing.SourceTree.read;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every view-model has a plain unit test: a test class, not a UI test, that builds it and runs
 * without the FX toolkit (no FxToolkit, no AppExtension), so its decisions are checked on the
 * calling thread.
 */
class ViewModelTestsTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern TOOLKIT = Pattern.compile("FxToolkit|AppExtension|ApplicationExtension|Platform\\.startup");

    @Test
    void everyViewModelHasAPlainUnitTest() {
        List<Path> viewModels = files(MAIN, ".java").stream().filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).toList();
        assertFalse(viewModels.isEmpty(), "no view-models found under " + MAIN.toAbsolutePath());
        List<Path> plainTests = files(TESTS, ".java").stream()
                .filter(p -> p.getFileName().toString().endsWith("Test.java") && !p.getFileName().toString().endsWith("UiTest.java"))
                .filter(p -> !TOOLKIT.matcher(read(p)).find())
                .toList();
        List<String> untested = new ArrayList<>();
        for (Path viewModel : viewModels) {
            String name = viewModel.getFileName().toString().replace(".java", "");
            Pattern built = Pattern.compile("new " + name + "\\(|" + name + "\\.\\w+\\(");
            if (plainTests.stream().noneMatch(test -> built.matcher(read(test)).find())) {
                untested.add(name);
            }
        }
        assertEquals(List.of(), untested, "view-models no plain (toolkit-free) unit test builds");
    }
}
