package com.accountdesk.credentials;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The user-only credential file, on the real file system under the test home. */
class FileSecretStoreTest {
    private Path dir;
    private FileSecretStore store;

    @BeforeEach
    void setUp() {
        dir = Path.of(System.getProperty("accountdesk.home"), "secret-store-" + UUID.randomUUID(), "config");
        store = new FileSecretStore(dir.resolve(SecretStores.FILE_NAME));
    }

    @Test
    void savesLoadsAndDeletes() throws Exception {
        assertEquals(Optional.empty(), store.load("acm/x/api-key"));
        store.save("acm/x/api-key", Secret.of("key-one-0123456789"));
        store.save("cratedb/p/secret", Secret.of("secret-two-0123456789"));
        assertEquals("key-one-0123456789", store.load("acm/x/api-key").orElseThrow().reveal());
        // A new instance reads what the first wrote: it is really on disk.
        FileSecretStore again = new FileSecretStore(store.file());
        assertEquals("secret-two-0123456789", again.load("cratedb/p/secret").orElseThrow().reveal());
        again.delete("acm/x/api-key");
        assertTrue(store.load("acm/x/api-key").isEmpty());
        assertTrue(store.load("cratedb/p/secret").isPresent());
        store.delete("never-saved"); // no error
    }

    @Test
    void fileAndFolderAreOwnerOnlyAndNoTemporaryFileIsLeft() throws Exception {
        store.save("k", Secret.of("value-0123456789"));
        FilePermissions.assertOwnerOnly(store.file());
        FilePermissions.assertOwnerOnly(dir);
        store.save("k2", Secret.of("value-abcdefghij"));
        FilePermissions.assertOwnerOnly(store.file());
        try (var files = Files.list(dir)) {
            // Besides the credential file only its (empty, owner-only) lock file, for writers in other processes.
            assertEquals(1, files.filter(p -> !p.getFileName().toString().endsWith(".lock")).count(),
                    "only the credential file: temporary files are moved or removed");
        }
        Path lock = store.file().resolveSibling(SecretStores.FILE_NAME + ".lock");
        assertEquals(0, Files.size(lock));
        FilePermissions.assertOwnerOnly(lock);
    }

    @Test
    void aFileOthersCanReadIsPutRightAndSaid() throws Exception {
        store.save("k", Secret.of("value-0123456789"));
        FilePermissions.assumePosix(store.file());
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        FileSecretStore reopened = new FileSecretStore(store.file());
        assertEquals("value-0123456789", reopened.load("k").orElseThrow().reveal());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertTrue(reopened.warning().contains("rw-r--r--"), reopened.warning());
        assertFalse(reopened.warning().contains("value-0123456789"));
    }

    @Test
    void aDamagedFileIsKeptAsideWithAWarningThatQuotesNothing() throws Exception {
        // Was: a typed error on every load and save, for good. Now the file is set aside (kept, not
        // overwritten), the store starts empty so secrets can be saved again, and the warning says so.
        Files.createDirectories(dir);
        Files.writeString(store.file(), "{\"k\": \"half-a-secret-0123");
        assertTrue(store.load("k").isEmpty());
        assertTrue(store.warning().contains("could not be read"), store.warning());
        assertFalse(store.warning().contains("half-a-secret"), store.warning());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(SecretStores.FILE_NAME + ".corrupt-")));
        }
    }

    @Test
    void withoutAKeyringTheFileIsChosenAndDescribed() {
        assertEquals("off", System.getProperty(SecretStores.KEYRING_PROPERTY), "surefire keeps tests off the user's keyring");
        SecretStore chosen = SecretStores.open(dir);
        FileSecretStore file = assertInstanceOf(FileSecretStore.class, chosen);
        assertEquals(dir.resolve(SecretStores.FILE_NAME).toAbsolutePath(), file.file());
        assertTrue(chosen.description().contains("only you can read"), chosen.description());
    }

    @Test
    void openingTheKeyringAnswersEitherWayAndSaysWhichWithoutThrowing() {
        // Runs everywhere: where none answers (every headless Linux build) open() is empty and says so
        // in the log, quietly; where one answers it describes itself as the keyring.
        Optional<KeyringSecretStore> keyring;
        String logged;
        try (LogCapture log = new LogCapture()) {
            keyring = KeyringSecretStore.open();
            logged = log.text();
        }
        assertNotNull(keyring);
        if (keyring.isEmpty()) {
            assertTrue(logged.contains("no usable OS keyring"), logged);
        } else {
            assertTrue(keyring.get().description().startsWith("the OS keyring ("), keyring.get().description());
        }
    }

    @Test
    void aKeyringThatAnswersRoundTripsAValue() throws Exception {
        Optional<KeyringSecretStore> keyring = KeyringSecretStore.open();
        assumeTrue(keyring.isPresent(), "no OS keyring answers on this machine: nothing to round-trip");
        KeyringSecretStore k = keyring.get();
        k.save("account-desk/test", Secret.of("v-0123456789"));
        assertEquals("v-0123456789", k.load("account-desk/test").orElseThrow().reveal());
        k.delete("account-desk/test");
        assertEquals(Optional.empty(), k.load("account-desk/test"));
    }
}
