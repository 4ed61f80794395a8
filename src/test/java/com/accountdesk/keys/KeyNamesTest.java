package com.accountdesk.keys;

import com.accountdesk.testing.FilePermissions;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local key names: kept per saved account under a hash of the key, never the key, and read back after a restart. */
class KeyNamesTest {
    private static final String KEY = "acm-key-that-is-a-secret-0123456789";

    private final Path file = Path.of(System.getProperty("accountdesk.home"), "key-names-" + UUID.randomUUID(), "config",
            KeyNames.FILE_NAME);

    @Test
    void aNameIsKeptUnderAHashOfTheKeyNeverTheKeyAndSurvivesARestart() throws Exception {
        KeyNames names = new KeyNames(file);
        names.of("profile-1").put(KEY, "  CI   deploys ");
        assertEquals("CI deploys", names.of("profile-1").name(KEY), "spaces tidied");
        assertEquals("", names.of("profile-2").name(KEY), "per saved account");
        assertEquals("", names.of("profile-1").name("another-key-0123456789"));

        String text = Files.readString(file);
        assertFalse(text.contains(KEY), "the key is never written");
        assertTrue(text.contains(KeyNames.hash(KEY)) && text.contains("CI deploys"), text);
        FilePermissions.assertOwnerOnly(file);
        assertEquals("CI deploys", new KeyNames(file).of("profile-1").name(KEY), "read back after a restart");
    }

    @Test
    void aBlankNameRemovesItAndForgettingTheAccountRemovesAll() throws Exception {
        KeyNames names = new KeyNames(file);
        names.of("p").put(KEY, "laptop");
        names.of("p").put("other-key-0123456789", "desktop");
        names.of("p").put(KEY, "   ");
        assertEquals("", names.of("p").name(KEY));
        assertEquals("desktop", names.of("p").name("other-key-0123456789"));
        names.forget("p");
        assertEquals("", new KeyNames(file).of("p").name("other-key-0123456789"));
        KeyNames memory = new KeyNames(null);
        memory.of("q").put(KEY, "x".repeat(200));
        assertEquals(KeyNames.MAX_LENGTH, memory.of("q").name(KEY).length(), "cut to fit a table cell");
    }

    @Test
    void namesAreReadEvenWhenTheFileCannotBeLocked() throws Exception {
        new KeyNames(file).of("p").put(KEY, "laptop");
        Path lock = file.resolveSibling(KeyNames.FILE_NAME + ".lock");
        Files.delete(lock);
        Files.createDirectory(lock); // no lock can be taken on a folder
        assertEquals("laptop", new KeyNames(file).of("p").name(KEY), "read as it is");
        assertThrows(UncheckedIOException.class, () -> new KeyNames(file).of("p").put(KEY, "desktop"),
                "but not changed without the lock");
    }
}
