package com.accountdesk.app;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.io.Settings;
import com.accountdesk.session.Accounts;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reminder over several saved accounts on the sandbox: what it lists, in which order, and what it leaves out. */
class CredentialReminderTest {
    private SandboxServer sandbox;
    private HttpTransport http;
    private Accounts accounts;
    private Duration warning = Duration.ofHours(24);

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5)));
        accounts = new Accounts(http, new ProfileStore(null), new InMemorySecretStore(), Settings.inMemory(), null);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Profile saveAcm(String name, String key, Duration left) {
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(key, now, now + left.getSeconds())));
        return accounts.remember(new Profile(null, Provider.ACM, name, sandbox.acmBaseUrl(), "", ""), Secret.of(key), true);
    }

    private CredentialReminder reminder() {
        return new CredentialReminder(accounts::profiles, new AccountHealth(accounts, http, Clock.systemUTC()), () -> warning,
                Clock.systemUTC());
    }

    @Test
    void listsRefusedKeysFirstThenKeysExpiringSoonAndLeavesOutTheRest() throws Exception {
        saveAcm("Fine bot", "fine-key-0123456789abcdef", Duration.ofDays(10));
        saveAcm("Build bot", "soon-key-0123456789abcdef", Duration.ofHours(2));
        CrateCloudClient demo = CrateDemoClient.on(sandbox, http);
        CreatedCrateKey crate = demo.createKey();
        Profile crateProfile = accounts.remember(new Profile(null, Provider.CRATEDB, "Analytics", sandbox.crateBaseUrl(),
                crate.key().key(), ""), crate.secret(), true);
        demo.setActive(crate.key().key(), false);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        accounts.remember(new Profile(null, Provider.ACM, "Offline", "http://127.0.0.1:" + closedPort + "/api/", "", ""),
                Secret.of("offline-key-0123456789"), true);
        accounts.remember(new Profile(null, Provider.ACM, "Password user", sandbox.acmBaseUrl(), DemoAccount.LOGIN, ""),
                Secret.of(DemoAccount.PASSWORD), true);

        CredentialReminder.Reminder reminder = reminder().check().orElseThrow();
        assertEquals("2 saved accounts need attention", reminder.title());
        List<String> lines = reminder.text().lines().toList();
        assertEquals(3, lines.size(), reminder.text());
        assertTrue(lines.get(0).startsWith("Analytics") && lines.get(0).endsWith("the saved key is refused"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Build bot") && lines.get(1).endsWith("expires in 2 h"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Click to open Analytics"), lines.get(2));
        assertEquals(crateProfile.id(), reminder.first().id(), "clicking opens the first account listed");
        assertFalse(reminder.text().contains("soon-key-0123456789abcdef"), "no key in the text");
    }

    @Test
    void accountsSavedOnTheAppsOwnSandboxAreCheckedThereSoANewUserSeesAReminder() {
        long now = Instant.now().getEpochSecond();
        String key = "sandbox-soon-key-0123456789abcdef";
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(key, now, now + Duration.ofHours(2).getSeconds())));
        // Saved as the app saves a sandbox account: not at a URL (the sandbox's port may change) but "the sandbox".
        accounts.remember(new Profile(null, Provider.ACM, "Sandbox bot", Profile.SANDBOX, "", ""), Secret.of(key), true);
        accounts.remember(new Profile(null, Provider.CRATEDB, "Sandbox analytics", Profile.SANDBOX, DemoAccount.CRATE_KEY, ""),
                Secret.of(DemoAccount.CRATE_SECRET), true);
        String idle = sandbox.state().read(d -> d.crate.keys.stream().filter(k -> !k.active).findFirst().orElseThrow().key);
        AccountHealth health = new AccountHealth(accounts, http, Clock.systemUTC(),
                provider -> provider == Provider.ACM ? sandbox.acmBaseUrl() : sandbox.crateBaseUrl());

        CredentialReminder.Reminder reminder = new CredentialReminder(accounts::profiles, health, () -> warning, Clock.systemUTC())
                .check().orElseThrow(() -> new AssertionError("no reminder for accounts on the app's sandbox"));

        List<String> lines = reminder.text().lines().toList();
        assertEquals("2 saved accounts need attention", reminder.title(), reminder.text());
        assertTrue(lines.get(0).startsWith("Sandbox bot") && lines.get(0).endsWith("expires in 2 h"), lines.get(0));
        // The seeded idle CrateDB key is near removal from the start: the demo data shows that reminder too.
        assertTrue(lines.get(1).startsWith("Sandbox analytics") && lines.get(1).contains(idle + " (10 days left)"), lines.get(1));
    }

    @Test
    void nothingDueIsNoReminderAndTheWindowIsTheSetting() {
        saveAcm("Build bot", "soon-key-0123456789abcdef", Duration.ofHours(30));
        assertTrue(reminder().check().isEmpty(), "30 h left, 24 h window");
        warning = Duration.ofHours(48);
        assertEquals("A saved account needs attention", reminder().check().orElseThrow().title());
    }

    @Test
    void theOtherKeysOfACrateAccountNearRemovalAreNamedWithTheDaysLeft() {
        long now = Instant.now().getEpochSecond();
        String idle = sandbox.state().read(d -> d.crate.keys.stream().filter(k -> !k.active).findFirst().orElseThrow().key);
        sandbox.state().write(d -> {
            // Never used, made 85 days ago: removed in 5 days (a null last_used counts from creation).
            d.crate.keys.add(new StateData.CrateKey("never-used-key", "not-a-hash", now - Duration.ofDays(85).getSeconds()));
            // Made long ago but used 10 days ago: 80 days left, not near.
            StateData.CrateKey used = new StateData.CrateKey("recently-used-key", "not-a-hash", now - Duration.ofDays(300).getSeconds());
            used.lastUsed = now - Duration.ofDays(10).getSeconds();
            d.crate.keys.add(used);
            return null;
        });
        // Saved with the demo key: checking it is a use of it, so the saved key itself never nears removal.
        Profile saved = accounts.remember(new Profile(null, Provider.CRATEDB, "Analytics", sandbox.crateBaseUrl(),
                DemoAccount.CRATE_KEY, ""), Secret.of(DemoAccount.CRATE_SECRET), true);

        CredentialReminder.Reminder reminder = reminder().check().orElseThrow();

        assertEquals("A saved account needs attention", reminder.title());
        List<String> lines = reminder.text().lines().toList();
        assertEquals(2, lines.size(), reminder.text());
        assertTrue(lines.get(0).startsWith("Analytics"), lines.get(0));
        assertTrue(lines.get(0).contains("never-used-key (5 days left), " + idle + " (10 days left)"), lines.get(0));
        assertFalse(reminder.text().contains("recently-used-key"), reminder.text());
        assertFalse(reminder.text().contains(DemoAccount.CRATE_KEY + " ("), "the saved key was just used");
        assertEquals(saved.id(), reminder.first().id());

        AccountHealth.Report report = new AccountHealth(accounts, http, Clock.systemUTC()).check(saved, warning);
        assertTrue(report.fine(), "the saved key works: the account itself is fine");
        assertEquals(List.of("never-used-key", idle), report.othersNearRemoval().stream().map(k -> k.key()).toList());
    }

    @Test
    void aCrateClusterOverNinetyPercentDiskIsRemindedOf() throws Exception {
        sandbox.close();
        com.accountdesk.sandbox.MovableClock clock = new com.accountdesk.sandbox.MovableClock(
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        accounts.remember(new Profile(null, Provider.CRATEDB, "Shop", sandbox.crateBaseUrl(), DemoAccount.CRATE_KEY, ""),
                Secret.of(DemoAccount.CRATE_SECRET), true);
        CredentialReminder reminder = new CredentialReminder(accounts::profiles, new AccountHealth(accounts, http, clock),
                () -> Duration.ofHours(24), clock);
        String before = reminder.check().map(CredentialReminder.Reminder::text).orElse("");
        assertFalse(before.contains("disk over"), before);
        clock.advance(Duration.ofDays(6));
        String after = reminder.check().orElseThrow().text();
        assertTrue(after.matches("(?s).*disk over 90 %: orders-prod 9\\d % full.*"), after);
    }
}
