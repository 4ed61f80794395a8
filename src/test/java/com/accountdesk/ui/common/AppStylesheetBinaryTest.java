package com.accountdesk.ui.common;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * JavaFX loads app.bss in place of app.css when it is beside it (the build makes it, pom.xml's
 * binary-app-css): it must say what app.css says, rule for rule, or the app would look as an older
 * app.css did.
 */
class AppStylesheetBinaryTest {
    @Test
    void theBinaryStylesheetHasEveryRuleOfTheCss() throws Exception {
        URL css = Theme.class.getResource("/com/accountdesk/ui/app.css");
        URL bss = Theme.class.getResource("/com/accountdesk/ui/app.bss");
        assertNotNull(bss, "no app.bss beside app.css: the build's binary-app-css step did not run");

        List<String> parsed = rules(new CssParser().parse(css));
        List<String> loaded = rules(Stylesheet.loadBinary(bss));

        assertFalse(parsed.isEmpty());
        assertEquals(parsed, loaded);
    }

    /**
     * Each rule as its selectors and its declarations, without the value converters (the binary form
     * names them, the parser leaves them out).
     */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                        .map(declaration -> declaration.getProperty() + ": " + declaration.getParsedValue()
                                + (declaration.isImportant() ? " !important" : ""))
                        .collect(Collectors.joining("; ")) + " }")
                .map(rule -> rule.replaceAll("(?s)<converter>.*?</converter>", "")).toList();
    }
}
