package com.accountdesk.ui;

import static com.accountdesk.testing.SourceTree.files;
import static com.accountdesk.testing.SourceTree.read;

import com.accountdesk.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All user-visible text comes from one bundle: every key the FXML ({@code %key}) and the code
 * ({@code Texts.get("key")}) use exists, none in the bundle is unused, keys are literals, and every
 * text given arguments is a pattern MessageFormat reads as its author meant.
 */
class TextsBundleTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern CODE_CALL = Pattern.compile("Texts\\.get\\(\\s*(?!\")");

    @Test
    void everyKeyUsedExistsAndNoneIsUnused() {
        TreeMap<String, String> used = new TreeMap<>();
        for (Path fxml : files(RESOURCES, ".fxml")) {
            collect(FXML_KEY, fxml, used);
        }
        for (Path java : files(JAVA, ".java")) {
            collect(CODE_KEY, java, used);
        }
        Set<String> defined = new TreeSet<>(Texts.bundle().keySet());
        List<String> missing = new ArrayList<>();
        used.forEach((key, where) -> {
            if (!defined.contains(key)) {
                missing.add(key + " (" + where + ")");
            }
        });
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used.keySet());
        assertEquals(List.of(), missing, "keys used but not in messages.properties");
        assertEquals(Set.of(), unused, "keys in messages.properties that nothing uses");
    }

    /** Words a person reads, written into FXML instead of named as {@code %key}: a capital or two words. */
    private static final Pattern FXML_LITERAL = Pattern.compile(
            "\\b(text|promptText|title|description|accessibleText|accessibleHelp)=\"(?![%$])([^\"]*(?:[A-Z][a-z]|[a-z] [a-z])[^\"]*)\"");

    @Test
    void fxmlNamesItsTextsRatherThanWritingThem() {
        List<String> literal = new ArrayList<>();
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_LITERAL.matcher(read(fxml));
            while (m.find()) {
                literal.add(fxml.getFileName() + ": " + m.group(1) + "=\"" + m.group(2) + "\"");
            }
        }
        assertEquals(List.of(), literal, "user-visible FXML texts not taken from the bundle");
    }

    @Test
    void keysAreLiteralsSoTheyCanBeChecked() {
        List<String> dynamic = new ArrayList<>();
        for (Path java : files(JAVA, ".java")) {
            if (java.endsWith("Texts.java")) {
                continue;
            }
            Matcher m = CODE_CALL.matcher(read(java));
            while (m.find()) {
                dynamic.add(java.getFileName().toString());
            }
        }
        assertEquals(List.of(), dynamic, "Texts.get called with a key that is not a string literal");
    }

    @Test
    void textsWithArgumentsAreWellFormedPatterns() {
        List<String> bad = new ArrayList<>();
        for (String key : Texts.bundle().keySet()) {
            String text = Texts.bundle().getString(key);
            if (!text.contains("{0")) {
                // Shown as written (FXML's %key, Texts.get without arguments): '' would show as two.
                if (text.contains("''")) {
                    bad.add(key + ": a text without arguments is shown as written; write ' once");
                }
                continue;
            }
            String plain = text.replace("''", "");
            if (plain.contains("'")) {
                bad.add(key + ": a single ' in a pattern quotes what follows; write ''");
                continue;
            }
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * Typography a reader trips over: "…." (an ellipsis ends a sentence by itself) and double spaces,
     * in the texts as written and as shown with arguments that end in an ellipsis (a masked key
     * "abcd…", a button name "Rotate…").
     */
    @Test
    void noEllipsisFollowedByAFullStopAndNoDoubleSpaces() {
        List<String> bad = new ArrayList<>();
        for (String key : new TreeSet<>(Texts.bundle().keySet())) {
            String text = Texts.bundle().getString(key);
            check(key, text, bad);
            if (text.contains("{0")) {
                Format[] formats = new MessageFormat(text).getFormatsByArgumentIndex();
                for (String arg : List.of("abcd…", "Rotate…")) {
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] == null ? arg : (Object) 1;
                    }
                    check(key + " with \"" + arg + "\"", Texts.get(key, args), bad);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** A window says what it does; it does not send the user to read the project's README. */
    @Test
    void noTextSendsTheUserToAReadme() {
        List<String> readme = Texts.bundle().keySet().stream().filter(k -> Texts.bundle().getString(k).contains("README"))
                .sorted().toList();
        assertEquals(List.of(), readme);
    }

    private static void check(String what, String text, List<String> bad) {
        if (text.contains("….")) {
            bad.add(what + ": \"….\" in \"" + text + "\"");
        }
        if (text.contains("  ")) {
            bad.add(what + ": a double space in \"" + text + "\"");
        }
    }

    private static void collect(Pattern pattern, Path file, TreeMap<String, String> into) {
        Matcher m = pattern.matcher(read(file));
        while (m.find()) {
            into.putIfAbsent(m.group(1), file.getFileName().toString());
        }
    }
}
