package com.accountdesk.app;

import com.accountdesk.api.Endpoints;
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
import com.accountdesk.sandbox.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.StateData;
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
        CrateCloudClient demo = new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                Secret.of(DemoAccount.CRATE_SECRET), null, http);
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
        assertEquals("2 saved keys need attention", reminder.title());
        List<String> lines = reminder.text().lines().toList();
        assertEquals(3, lines.size(), reminder.text());
        assertTrue(lines.get(0).startsWith("Analytics") && lines.get(0).endsWith("the saved key is refused"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Build bot") && lines.get(1).endsWith("expires in 2 h"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Click to open Analytics"), lines.get(2));
        assertEquals(crateProfile.id(), reminder.first().id(), "clicking opens the first account listed");
        assertFalse(reminder.text().contains("soon-key-0123456789abcdef"), "no key in the text");
    }

    @Test
    void nothingDueIsNoReminderAndTheWindowIsTheSetting() {
        saveAcm("Build bot", "soon-key-0123456789abcdef", Duration.ofHours(30));
        assertTrue(reminder().check().isEmpty(), "30 h left, 24 h window");
        warning = Duration.ofHours(48);
        assertEquals("A saved key needs attention", reminder().check().orElseThrow().title());
    }
}
