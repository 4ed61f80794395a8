package com.accountdesk.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings that cannot be read or written: defaults, a notice, the changes kept for the run, one report of the failure. */
class SettingsFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderInPlaceOfTheFileIsSaidAndEveryChangeKeptInMemory() throws Exception {
        Path file = Files.createDirectories(dir.resolve("settings.properties"));
        Settings settings = new Settings(file);
        assertTrue(settings.notice().contains("could not be read"), settings.notice());
        List<Path> told = new ArrayList<>();
        settings.onSaveFailure(told::add);

        settings.put("ui.theme", "dark");
        settings.put("clipboard.clearAfterSeconds", 45);

        assertEquals("dark", settings.get("ui.theme", ""));
        assertEquals(45, settings.getInt("clipboard.clearAfterSeconds", 0));
        assertEquals(List.of(file), told, "told once, not at every change");
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("config"), "a file");
        Settings settings = new Settings(notAFolder.resolve("settings.properties"));
        assertEquals("", settings.notice(), "nothing there to read");
        List<Path> told = new ArrayList<>();
        settings.onSaveFailure(told::add);
        settings.putAll(java.util.Map.of("a", 1, "b", 2));
        assertEquals(1, told.size());
        assertEquals(2, settings.getInt("b", 0));
    }
}
