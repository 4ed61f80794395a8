package com.accountdesk.app;

import com.accountdesk.io.Settings;
import com.accountdesk.credentials.CredentialStoreException;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.PendingRotation;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.SecretClipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged local files: the app starts with defaults, the file is kept aside (never overwritten) and a notice says so. */
class DamagedFilesTest {
    @TempDir
    Path dir;

    private List<Path> keptAside(String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".corrupt-")).toList();
        }
    }

    @Test
    void anUnreadableProfilesFileIsKeptAsideNotOverwrittenAtTheNextSignIn() throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "[{\"id\":\"a\",\"provider\":\"ACM\",\"endpoint\":\"https://x\"  oops");
        ProfileStore store = new ProfileStore(file);
        assertTrue(store.all().isEmpty());
        assertTrue(store.notice().contains("profiles.json"), store.notice());
        store.save(Profile.draft(Provider.ACM, "https://acm.altinity.cloud/api", "", ""));
        List<Path> aside = keptAside("profiles.json");
        assertEquals(1, aside.size());
        assertTrue(Files.readString(aside.get(0)).contains("oops"), "the damaged file is kept as it was");
    }

    @Test
    void nullProfilesAreDroppedTheRestKept() throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "null");
        assertTrue(new ProfileStore(file).all().isEmpty());

        Files.writeString(file, "[null, {\"id\":\"x\"}, {\"id\":\"good\",\"provider\":\"CRATEDB\",\"endpoint\":\"https://c\",\"login\":\"k\"}]");
        ProfileStore store = new ProfileStore(file);
        assertEquals(List.of("good"), store.all().stream().map(Profile::id).toList());
        assertFalse(store.notice().isEmpty());
        assertEquals(List.of("good"), new ProfileStore(file).all().stream().map(Profile::id).toList(), "the readable ones were written back");
        assertEquals(2, keptAside("profiles.json").size());
    }

    @Test
    void settingsWithABadEscapeStartWithDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "ui.theme=dark\nbroken=\\uZZZZ\n");
        Settings settings = new Settings(file);
        assertEquals("system", settings.get("ui.theme", "system"));
        assertTrue(settings.notice().contains("settings.properties"), settings.notice());
        settings.put("ui.theme", "light");
        assertEquals(1, keptAside("settings.properties").size());
        assertEquals("light", new Settings(file).get("ui.theme", "system"));
    }

    @Test
    void aCredentialFileOfNullIsKeptAsideAndSavingWorksAgain() throws Exception {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, "null");
        FileSecretStore store = new FileSecretStore(file);
        assertTrue(store.load("k").isEmpty());
        assertFalse(store.warning().isEmpty());
        store.save("k", Secret.of("value-0123456789"));
        assertEquals("value-0123456789", new FileSecretStore(file).load("k").orElseThrow().reveal());
        assertEquals(1, keptAside("credentials.json").size());
    }

    @Test
    void aSymlinkedCredentialFileIsNeitherFollowedNorReplaced() throws Exception {
        Path target = dir.resolve("elsewhere.json");
        Files.writeString(target, "{\"k\":\"planted-0123456789\"}");
        Path link = Files.createSymbolicLink(dir.resolve("credentials.json"), target);
        FileSecretStore store = new FileSecretStore(link);
        assertThrows(CredentialStoreException.class, () -> store.load("k"));
        assertThrows(CredentialStoreException.class, () -> store.save("k", Secret.of("mine-0123456789")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{\"k\":\"planted-0123456789\"}", Files.readString(target));
    }

    @Test
    void aNegativeOrHugeClipboardDelayIsReadAsTheDefault() throws Exception {
        Path file = dir.resolve("settings.properties");
        for (String value : new String[] {"-5", "0", "99999999999", "x"}) {
            Files.writeString(file, SecretClipboard.CLEAR_AFTER_SECONDS + "=" + value + "\n");
            assertEquals(SecretClipboard.DEFAULT_CLEAR_AFTER_SECONDS, SecretClipboard.clearAfterSeconds(new Settings(file)), value);
        }
        Files.writeString(file, SecretClipboard.CLEAR_AFTER_SECONDS + "=45\n");
        assertEquals(45, SecretClipboard.clearAfterSeconds(new Settings(file)));
    }

    @Test
    void keyNamesOfNullOrDamagedAreKeptAsideAndNamingWorksAgain() throws Exception {
        Path file = dir.resolve(KeyNames.FILE_NAME);
        for (String damaged : new String[] {"null", "{\"p\": null}", "{\"p\": {\"abc\": \"laptop\"", "[1, 2]"}) {
            Files.writeString(file, damaged);
            KeyNames names = new KeyNames(file);
            assertTrue(names.notice().contains(KeyNames.FILE_NAME + " could not be read"), names.notice());
            assertEquals("", names.of("p").name("key-0123456789"));
            names.of("p").put("key-0123456789", "laptop");
            assertEquals("laptop", new KeyNames(file).of("p").name("key-0123456789"));
        }
        List<Path> aside = keptAside(KeyNames.FILE_NAME);
        assertEquals(4, aside.size(), "each damaged file kept aside, none overwritten");
        assertTrue(aside.stream().anyMatch(p -> readQuietly(p).contains("\"abc\": \"laptop\"")), "kept as it was");
    }

    @Test
    void aDamagedRotationsFileIsKeptAsideSoAHalfDoneRotationIsNotLost() throws Exception {
        Path file = dir.resolve(RotationStore.FILE_NAME);
        String halfDone = "{\"acc-1\": {\"account\": \"acc-1\", \"provider\": \"CRATEDB\", \"oldKey\": \"k-old\", \"stage\": \"CREATED\"";
        Files.writeString(file, halfDone);
        RotationStore store = new RotationStore(file);
        assertTrue(store.notice().contains("kept the file as " + RotationStore.FILE_NAME + ".corrupt-"), store.notice());
        assertTrue(store.find("acc-1").isEmpty());
        store.put(new PendingRotation("acc-2", Provider.ACM, "old", null, PendingRotation.Stage.CREATING, List.of(), false, false, false, 1));
        List<Path> aside = keptAside(RotationStore.FILE_NAME);
        assertEquals(1, aside.size(), "the half-done rotation's record is kept, not overwritten");
        assertEquals(halfDone, Files.readString(aside.get(0)));

        Files.writeString(file, "null");
        assertTrue(new RotationStore(file).find("acc-2").isEmpty(), "null holds no rotation, and no exception");
        assertEquals(2, keptAside(RotationStore.FILE_NAME).size());
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
