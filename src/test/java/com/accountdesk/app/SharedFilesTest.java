package com.accountdesk.app;

import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.ProfileWriterMain;
import com.accountdesk.io.Settings;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.PendingRotation;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.model.Provider;
import com.accountdesk.testing.Wait;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Account Desks (the app and {@code account-desk login}, say) on one config folder: each store
 * reads, changes and writes its file under the file's lock, so neither writes back a copy that
 * lacks the other's change.
 */
@Tag("process")
class SharedFilesTest {
    private static final int EACH = 40;
    /** Enough that the other process is still saving while this one does. */
    private static final int OTHER_PROCESS_SAVES = 400;

    @TempDir
    Path dir;

    private static Profile acm(String login) {
        return Profile.draft(Provider.ACM, "https://acm.altinity.cloud/api/", login, "");
    }

    @Test
    void anAccountSavedByAnotherStoreIsNeitherLostNorHidden() {
        Path file = dir.resolve(ProfileStore.FILE_NAME);
        ProfileStore app = new ProfileStore(file);
        ProfileStore cli = new ProfileStore(file);
        app.save(acm("ann@example.com"));
        assertEquals(1, cli.all().size());
        Profile bob = cli.save(acm("bob@example.com"));
        app.save(acm("carl@example.com"));
        assertEquals(List.of("ann@example.com", "bob@example.com", "carl@example.com"),
                new ProfileStore(file).all().stream().map(Profile::login).toList(), "bob's account was written over");
        assertTrue(app.find(bob.id()).isPresent(), "the app sees the account the other one added");
        app.remove(bob.id());
        assertEquals(2, cli.all().size(), "and a removal reaches the other");
    }

    @Test
    void savesFromTwoStoresAtOnceAreAllKept() throws Exception {
        Path file = dir.resolve(ProfileStore.FILE_NAME);
        ProfileStore a = new ProfileStore(file);
        ProfileStore b = new ProfileStore(file);
        Thread other = new Thread(() -> IntStream.range(0, EACH).forEach(i -> b.save(acm("b" + i + "@example.com"))));
        other.start();
        IntStream.range(0, EACH).forEach(i -> a.save(acm("a" + i + "@example.com")));
        other.join();
        assertEquals(2 * EACH, new ProfileStore(file).all().size(), "saves lost to a concurrent writer");
    }

    @Test
    void savesFromAnotherProcessAreAllKept() throws Exception {
        Path file = dir.resolve(ProfileStore.FILE_NAME);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProfileWriterMain.class.getName(), file.toString(), "proc", "" + OTHER_PROCESS_SAVES)
                .inheritIO().start();
        ProfileStore app = new ProfileStore(file);
        // Saves begin once the other process is saving, so the two overlap.
        Wait.until("the other process saves", Duration.ofSeconds(60), () -> Files.exists(file) || !other.isAlive());
        IntStream.range(0, EACH).forEach(i -> app.save(acm("app" + i + "@example.com")));
        assertTrue(other.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());
        assertEquals(EACH + OTHER_PROCESS_SAVES, new ProfileStore(file).all().size(), "saves lost between the processes");
        assertEquals(EACH + OTHER_PROCESS_SAVES, app.all().size(), "the app lists the other process's accounts too");
    }

    @Test
    void keyNamesFromTwoStoresAreBothKept() {
        Path file = dir.resolve(KeyNames.FILE_NAME);
        KeyNames app = new KeyNames(file);
        KeyNames cli = new KeyNames(file);
        app.of("p").put("key-one-0123456789", "laptop");
        cli.of("p").put("key-two-0123456789", "CI");
        app.of("q").put("key-three-0123456789", "desktop");
        KeyNames check = new KeyNames(file);
        assertEquals(List.of("laptop", "CI", "desktop"), List.of(check.of("p").name("key-one-0123456789"),
                check.of("p").name("key-two-0123456789"), check.of("q").name("key-three-0123456789")));
    }

    @Test
    void rotationsOfTwoAccountsRecordedByTwoStoresAreBothKept() {
        Path file = dir.resolve(RotationStore.FILE_NAME);
        RotationStore app = new RotationStore(file);
        RotationStore other = new RotationStore(file);
        app.put(rotation("acc-1"));
        other.put(rotation("acc-2"));
        app.remove("acc-1");
        RotationStore check = new RotationStore(file);
        assertTrue(check.find("acc-2").isPresent(), "the other's rotation record was lost");
        assertTrue(check.find("acc-1").isEmpty());
        assertTrue(app.find("acc-2").isPresent());
    }

    private static PendingRotation rotation(String account) {
        return new PendingRotation(account, Provider.CRATEDB, "old-id", null, PendingRotation.Stage.CREATING, List.of(), false, false,
                false, 1);
    }

    @Test
    void settingsChangedByTwoProcessesAreBothKept() {
        Path file = dir.resolve(AppDirs.SETTINGS_FILE);
        Settings app = new Settings(file);
        Settings cli = new Settings(file);
        app.put("ui.theme", "dark");
        cli.put(ProfileStore.LAST_USED_SETTING, "profile-1");
        app.put("clipboard.clearSeconds", 45);
        Settings check = new Settings(file);
        List<String> values = new ArrayList<>(List.of(check.get("ui.theme", ""), check.get(ProfileStore.LAST_USED_SETTING, ""),
                check.get("clipboard.clearSeconds", "")));
        assertEquals(List.of("dark", "profile-1", "45"), values);
    }
}
