package com.accountdesk.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the system's light/dark preference from what each desktop says. */
class SystemColorSchemeTest {
    @TempDir
    Path home;

    private final List<List<String>> asked = new ArrayList<>();

    private SystemColorScheme on(String os, Map<String, String> env, Map<String, String> answers) {
        return new SystemColorScheme(os, env, home, (command, timeout) -> {
            asked.add(command);
            String joined = String.join(" ", command);
            return answers.entrySet().stream().filter(e -> joined.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        });
    }

    @Test
    void gnomeColorScheme() {
        assertEquals(Optional.of(true), on("Linux", Map.of(), Map.of("color-scheme", "'prefer-dark'\n")).prefersDark());
        assertEquals(Optional.of(false), on("Linux", Map.of(), Map.of("color-scheme", "'prefer-light'\n")).prefersDark());
        // "default" says nothing: the GTK theme's name decides.
        assertEquals(Optional.of(true), on("Linux", Map.of(),
                Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'")).prefersDark());
        assertEquals(Optional.of(false), on("Linux", Map.of(),
                Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita'")).prefersDark());
    }

    @Test
    void gtkThemeVariableAndKdeColorScheme() throws Exception {
        assertEquals(Optional.of(true), on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark());
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeDark\n");
        assertEquals(Optional.of(true), on("Linux", Map.of(), Map.of()).prefersDark());
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeLight\n");
        assertEquals(Optional.of(false), on("Linux", Map.of(), Map.of()).prefersDark());
    }

    @Test
    void nothingToReadMeansUnknown() {
        assertEquals(Optional.empty(), on("Linux", Map.of(), Map.of()).prefersDark());
        assertEquals(Optional.empty(), on("Windows 11", Map.of(), Map.of()).prefersDark());
    }

    @Test
    void macOsAndWindows() {
        assertEquals(Optional.of(true), on("Mac OS X", Map.of(), Map.of("AppleInterfaceStyle", "Dark\n")).prefersDark());
        // In light mode the key does not exist and the command fails.
        assertEquals(Optional.of(false), on("Mac OS X", Map.of(), Map.of()).prefersDark());
        String dark = "\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\n\n";
        assertEquals(Optional.of(true), on("Windows 11", Map.of(), Map.of("AppsUseLightTheme", dark)).prefersDark());
        assertEquals(Optional.of(false), on("Windows 10", Map.of(), Map.of("AppsUseLightTheme", dark.replace("0x0", "0x1"))).prefersDark());
        assertTrue(asked.stream().anyMatch(c -> c.get(0).equals("reg")));
    }

    @Test
    void aCommandThatHangsIsStoppedAndAMissingOneIsUnknown() {
        assertEquals(Optional.empty(), SystemColorScheme.runCommand(List.of("sleep", "30"), Duration.ofMillis(200)));
        assertEquals(Optional.empty(), SystemColorScheme.runCommand(List.of("no-such-command-account-desk"), Duration.ofSeconds(1)));
        assertEquals(Optional.of("hello\n"), SystemColorScheme.runCommand(List.of("echo", "hello"), Duration.ofSeconds(5)));
        assertEquals(Optional.empty(), SystemColorScheme.runCommand(List.of("false"), Duration.ofSeconds(5)), "non-zero exit");
    }
}
