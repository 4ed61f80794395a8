package com.accountdesk.app;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.session.Accounts;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.CredentialStoreException;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A saved secret is only used for the endpoint it was saved for, from a profiles file no one else can change. */
class SavedSecretTrustTest {
    private static final String SECRET = "saved-secret-0123456789";

    @TempDir
    Path dir;
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    private Accounts accounts() {
        return new Accounts(new HttpTransport(), new ProfileStore(dir.resolve("profiles.json")), secrets, Settings.inMemory(), null);
    }

    private Profile remembered() {
        return accounts().remember(Profile.draft(Provider.CRATEDB, "https://console.cratedb.cloud", "key-1", "")
                .withDisplayName("Ann"), Secret.of(SECRET), true);
    }

    @Test
    void theSecretIsUsedForTheProfileItWasSavedFor() throws Exception {
        Profile saved = remembered();
        assertEquals(SECRET, accounts().savedSecret(saved).orElseThrow().reveal());
    }

    @Test
    void aProfileWhoseEndpointWasChangedIsNotSignedInWithTheSavedSecret() throws Exception {
        remembered();
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, Files.readString(file).replace("https://console.cratedb.cloud", "https://evil.example"));
        Accounts reopened = accounts();
        Profile swapped = reopened.profiles().get(0);
        assertEquals("https://evil.example", swapped.endpoint());
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> reopened.savedSecret(swapped));
        String shown = ErrorMessages.describe(e);
        assertTrue(shown.contains("another endpoint"), shown);
        assertFalse(shown.contains(SECRET));
    }

    @Test
    void aProfilesFileOthersCanWriteIsNotTrustedWithTheSecret() throws Exception {
        Profile saved = remembered();
        FilePermissions.assumePosix(dir);
        Files.setPosixFilePermissions(dir.resolve("profiles.json"), PosixFilePermissions.fromString("rw-rw-rw-"));
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> accounts().savedSecret(saved));
        assertTrue(e.getMessage().contains("rw-rw-rw-"), e.getMessage());

        Files.setPosixFilePermissions(dir.resolve("profiles.json"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThrows(CredentialStoreException.class, () -> accounts().savedSecret(saved), "nor one in a folder others can write");
    }

    @Test
    void forgettingRemovesTheSecretAndWhatItWasSavedFor() throws Exception {
        Profile saved = remembered();
        accounts().forget(saved);
        assertTrue(secrets.load(saved.secretName()).isEmpty());
        assertTrue(secrets.load(saved.secretBindingName()).isEmpty());
    }

    @Test
    void aConfigFolderLinkedToAPrivateFolderIsTrustedAndToALooseOneIsNot() throws Exception {
        FilePermissions.assumePosix(dir);
        Path target = Files.createDirectory(dir.resolve("private"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path linked = Files.createSymbolicLink(dir.resolve("account-desk"), target);
        InMemorySecretStore store = new InMemorySecretStore();
        Accounts accounts = new Accounts(new HttpTransport(), new ProfileStore(linked.resolve("profiles.json")), store,
                Settings.inMemory(), null);
        Profile saved = accounts.remember(Profile.draft(Provider.CRATEDB, "https://console.cratedb.cloud", "key-1", "")
                .withDisplayName("Ann"), Secret.of(SECRET), true);
        assertEquals(SECRET, accounts.savedSecret(saved).orElseThrow().reveal(), "a link to a private folder is as private");

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxrwxrwx"));
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> accounts.savedSecret(saved),
                "a link to a folder others can write is not");
        assertTrue(e.getMessage().contains("rwxrwxrwx"), e.getMessage());
    }
}
