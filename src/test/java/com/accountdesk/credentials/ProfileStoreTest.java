package com.accountdesk.credentials;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileStoreTest {

    @Test
    void profilesSurviveARestartAndSigningInAgainUpdatesInsteadOfAdding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profiles.json");
        ProfileStore store = new ProfileStore(file);
        Profile acm = store.save(Profile.draft(Provider.ACM, "https://acm.altinity.cloud/api/", "Ann@Example.com", "").withDisplayName("Ann"));
        Profile crate = store.save(Profile.draft(Provider.CRATEDB, "https://console.cratedb.cloud", "key-1", "eks1.eu-west-1.aws")
                .withDisplayName("Ann"));
        assertNotEquals(acm.id(), crate.id());

        // The same account again, endpoint spelt with a slash and the e-mail in another case: an update.
        Profile again = store.save(Profile.draft(Provider.ACM, "https://acm.altinity.cloud/api", "ann@example.com", "")
                .withDisplayName("Ann Smith"));
        assertEquals(acm.id(), again.id());
        // Another key of the same CrateDB user is another profile: keys are what sign in there.
        store.save(Profile.draft(Provider.CRATEDB, "https://console.cratedb.cloud", "key-2", ""));

        ProfileStore reopened = new ProfileStore(file);
        assertEquals(3, reopened.all().size());
        assertEquals("Ann Smith", reopened.find(acm.id()).orElseThrow().displayName());
        assertEquals(crate, reopened.find(crate.id()).orElseThrow());
        assertEquals(List.of(Provider.ACM, Provider.CRATEDB, Provider.CRATEDB), reopened.all().stream().map(Profile::provider).toList());

        reopened.remove(crate.id());
        assertEquals(2, new ProfileStore(file).all().size());
        FilePermissions.assertOwnerOnly(file);
    }

    @Test
    void unreadableFileStartsEmptyAndSandboxProfilesKeepTheirMarker(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "{not json");
        ProfileStore store = new ProfileStore(file);
        assertTrue(store.all().isEmpty());
        Profile sandbox = store.save(Profile.draft(Provider.CRATEDB, Profile.SANDBOX, "demo-crate-key", ""));
        assertTrue(new ProfileStore(file).find(sandbox.id()).orElseThrow().onSandbox());
        assertEquals("demo-crate-key — CrateDB API key …-key — built-in sandbox", sandbox.label());
        assertEquals("Demo User — CrateDB API key …-key — built-in sandbox", sandbox.withDisplayName("Demo User").label());
        assertFalse(Files.readString(file).contains("secret\""), "no secret field is ever written");
    }

    @Test
    void labelsTellApartHowAndWhereTheSameUserSignsIn(@TempDir Path dir) {
        Profile password = new Profile(null, Provider.ACM, "Demo User", "https://acm.example.com/api/", "demo@example.com", "");
        Profile key = new Profile(null, Provider.ACM, "Demo User", "https://acm.example.com/api/", "", "")
                .withUser("Demo User", "demo@example.com").withKeyEnding("c0de");
        assertEquals("Demo User (demo@example.com) — ACM password — acm.example.com", password.label());
        assertEquals("Demo User (demo@example.com) — ACM password + 2FA — acm.example.com", password.withSecondFactor(true).label());
        assertEquals("Demo User (demo@example.com) — ACM API key …c0de — acm.example.com", key.label());
        String hostile = password.withDisplayName("Demo\u001b]0;x\u0007").label();
        assertTrue(hostile.startsWith("Demo ]0;x") && !hostile.contains("\u001b") && !hostile.contains("\u0007"), hostile);

        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(key);
        store.save(key.withId(null).withUser("Other User", "other@example.com"));
        assertEquals(2, store.all().size(), "two users' keys on one endpoint are two accounts");
        store.save(key.withId(null).withKeyEnding("beef"));
        assertEquals(List.of("beef", "c0de"), store.all().stream().map(Profile::keyEnding).sorted().toList(),
                "the same user's new key updates their account");
    }
}
