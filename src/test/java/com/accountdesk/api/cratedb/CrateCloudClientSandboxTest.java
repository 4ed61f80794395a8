package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CrateUser;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every CrateDB Cloud endpoint the client uses, over real HTTP against the sandbox on loopback. */
class CrateCloudClientSandboxTest {
    private SandboxServer sandbox;
    private HttpTransport http;
    private HttpUrl base;
    private CrateCloudClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(2, Duration.ofMillis(10)));
        base = Endpoints.parseBase(sandbox.crateBaseUrl());
        client = new CrateCloudClient(base, DemoAccount.CRATE_KEY, Secret.of(DemoAccount.CRATE_SECRET), null, http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CrateCloudClient as(CreatedCrateKey created) {
        return new CrateCloudClient(base, created.key().key(), created.secret(), null, http);
    }

    @Test
    void meIsTheDemoUser() throws Exception {
        CrateUser me = client.me();
        assertEquals(DemoAccount.NAME, me.displayName());
        assertEquals(DemoAccount.LOGIN, me.email());
        assertEquals(DemoAccount.CRATE_USERNAME, me.username());
        assertFalse(me.uid().isEmpty());
    }

    @Test
    void listShowsTheSeededKeysWithTimesAndNoSecrets() throws Exception {
        List<CrateApiKey> keys = client.keys();
        assertEquals(2, keys.size());
        CrateApiKey mine = keys.stream().filter(k -> k.key().equals(DemoAccount.CRATE_KEY)).findFirst().orElseThrow();
        assertTrue(mine.active());
        assertNotNull(mine.lastUsed(), "the call that listed it used it");
        assertTrue(Duration.between(mine.lastUsed(), Instant.now()).abs().getSeconds() < 60);
        CrateApiKey idle = keys.stream().filter(k -> !k.key().equals(DemoAccount.CRATE_KEY)).findFirst().orElseThrow();
        assertFalse(idle.active());
        assertEquals(10, idle.daysLeft(Instant.now()));
        assertTrue(idle.nearRemoval(Instant.now()));
        assertTrue(idle.created().isBefore(idle.lastUsed()));
    }

    @Test
    void createdKeyWorksAndItsSecretIsNeverListed() throws Exception {
        CreatedCrateKey created = client.createKey();
        assertTrue(created.key().active());
        assertNull(created.key().lastUsed());
        assertNotNull(created.key().created());
        assertTrue(created.secret().length() >= 32);
        assertEquals(DemoAccount.NAME, as(created).me().name());
        assertEquals(3, client.keys().size());
        // The secret is in no later answer: list it raw and look.
        String raw = http.okHttp().newCall(new okhttp3.Request.Builder().url(base.resolve("api/v2/users/me/api-keys/"))
                .header("Authorization", okhttp3.Credentials.basic(DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET)).build())
                .execute().body().string();
        assertTrue(raw.contains(created.key().key()));
        assertFalse(raw.contains(created.secret().reveal()));
    }

    @Test
    void oneKeyAndUnknownKey() throws Exception {
        assertEquals(DemoAccount.CRATE_KEY, client.key(DemoAccount.CRATE_KEY).key());
        ApiException e = assertThrows(ApiException.class, () -> client.key("no-such-key"));
        assertEquals(ApiException.Kind.NOT_FOUND, e.kind());
        assertEquals("API key not found", e.serverMessage());
        // A key that tries to climb out of its path segment stays one segment.
        assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class, () -> client.key("../../me")).kind());
    }

    @Test
    void deactivatedKeyIsRefusedUntilActivatedAgain() throws Exception {
        CreatedCrateKey created = client.createKey();
        CrateApiKey off = client.setActive(created.key().key(), false);
        assertFalse(off.active());
        assertFalse(client.key(created.key().key()).active());
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, () -> as(created).me()).kind());
        assertTrue(client.setActive(created.key().key(), true).active());
        assertEquals(DemoAccount.LOGIN, as(created).me().email());
    }

    @Test
    void deletedKeyIsGoneAndRefused() throws Exception {
        CreatedCrateKey created = client.createKey();
        client.deleteKey(created.key().key());
        assertTrue(client.keys().stream().noneMatch(k -> k.key().equals(created.key().key())));
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, () -> as(created).me()).kind());
        assertEquals(ApiException.Kind.NOT_FOUND,
                assertThrows(ApiException.class, () -> client.deleteKey(created.key().key())).kind());
    }

    @Test
    void wrongSecretIsUnauthorizedWithTheServersMessage() {
        CrateCloudClient wrong = new CrateCloudClient(base, DemoAccount.CRATE_KEY, Secret.of("not-the-secret"), null, http);
        ApiException e = assertThrows(ApiException.class, wrong::me);
        assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
        assertEquals("Authentication required", e.serverMessage());
        assertFalse(e.getMessage().contains("not-the-secret"));
        assertFalse(wrong.toString().contains("not-the-secret"));

        CrateCloudClient unknown = new CrateCloudClient(base, "nobody", Secret.of(DemoAccount.CRATE_SECRET), null, http);
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, unknown::keys).kind());
    }

    @Test
    void keysIdleFor90DaysAreRemovedAndRefused() throws Exception {
        CreatedCrateKey created = client.createKey();
        long longAgo = Instant.now().minus(Duration.ofDays(91)).getEpochSecond();
        sandbox.state().write(d -> {
            d.crate.keys.stream().filter(k -> k.key.equals(created.key().key())).findFirst().orElseThrow().lastUsed = longAgo;
            return null;
        });
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, () -> as(created).me()).kind());
        assertTrue(client.keys().stream().noneMatch(k -> k.key().equals(created.key().key())));
    }

    @Test
    void invalidPatchBodyComesBackAsASentenceNamingTheField() throws Exception {
        okhttp3.Request bad = new okhttp3.Request.Builder()
                .url(base.resolve("api/v2/users/me/api-keys/" + DemoAccount.CRATE_KEY + "/"))
                .header("Authorization", okhttp3.Credentials.basic(DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET))
                .header("User-Agent", "off-spec-probe") // a body the description forbids, on purpose
                .patch(http.json(java.util.Map.of("active", "maybe"))).build();
        ApiException e = assertThrows(ApiException.class, () -> http.call(bad, CrateWire.ERRORS));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
        assertEquals("Validation failed. active: Not a valid boolean.", e.serverMessage());
        assertEquals("active", e.field().orElseThrow());
    }
}
