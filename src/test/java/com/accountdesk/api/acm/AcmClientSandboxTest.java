package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.Wait;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every ACM endpoint the client uses, over real HTTP against the sandbox on loopback. */
class AcmClientSandboxTest {
    private SandboxServer sandbox;
    private HttpTransport http;
    private HttpUrl base;
    private AcmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789")
                .withProvisioningDelay(Duration.ofMillis(300)));
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(10)));
        base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, Secret.of("test-key-0123456789"), http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void loginGivesASessionTokenThatWorks() throws Exception {
        SignIn signIn = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        assertEquals(DemoAccount.NAME, signIn.name());
        assertTrue(signIn.tokenExpiry().isAfter(Instant.now()));
        AccountInfo account = new AcmClient(base, signIn.token(), http).account();
        assertEquals(DemoAccount.LOGIN, account.email());
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        ApiException e = assertThrows(ApiException.class,
                () -> AcmClient.login(base, DemoAccount.LOGIN, Secret.of("nope"), http));
        assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
        assertFalse(e.getMessage().contains("nope"));
    }

    @Test
    void accountReadsLooseIdAndKeys() throws Exception {
        AccountInfo account = client.account();
        assertEquals("176", account.id());
        assertEquals(2, account.keys().size());
        assertTrue(account.keys().stream().anyMatch(k -> k.token().reveal().equals("test-key-0123456789")));
    }

    @Test
    void unknownAndExpiredKeysAreUnauthorized() throws Exception {
        AcmClient stranger = new AcmClient(base, Secret.of("not-a-key"), http);
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, stranger::account).kind());

        long past = Instant.now().minusSeconds(60).getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.stream().filter(t -> t.token.equals("test-key-0123456789"))
                .findFirst().orElseThrow().expires = past);
        ApiException expired = assertThrows(ApiException.class, client::account);
        assertEquals(ApiException.Kind.UNAUTHORIZED, expired.kind());
        assertTrue(expired.serverMessage().contains("expired"));
    }

    @Test
    void newKeyIsActiveOnlyOnceSaved() throws Exception {
        Secret fresh = client.generateApiKey();
        assertEquals(ApiException.Kind.UNAUTHORIZED,
                assertThrows(ApiException.class, () -> new AcmClient(base, fresh, http).account()).kind());

        AccountInfo read = client.account();
        List<ApiKey> keys = new ArrayList<>(read.keys());
        Instant expires = Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS);
        keys.add(new ApiKey(fresh, Instant.now(), expires));
        AccountInfo saved = client.saveKeys(read, keys);

        ApiKey added = saved.keys().stream().filter(k -> k.token().equals(fresh)).findFirst().orElseThrow();
        assertEquals(expires, added.expires());
        assertEquals(DemoAccount.LOGIN, new AcmClient(base, fresh, http).account().email());
    }

    @Test
    void sixthKeyIsRefusedWithTheServersReason() throws Exception {
        AccountInfo read = client.account();
        List<ApiKey> keys = new ArrayList<>(read.keys());
        while (keys.size() < 6) {
            keys.add(new ApiKey(client.generateApiKey(), Instant.now(), Instant.now().plus(Duration.ofDays(1))));
        }
        ApiException e = assertThrows(ApiException.class, () -> client.saveKeys(read, keys));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
        assertTrue(e.serverMessage().contains("at most 5"));
        assertEquals("tokens", e.field().orElseThrow());
        assertEquals(2, client.account().keys().size());
    }

    @Test
    void originsAreSavedAndReadBack() throws Exception {
        AccountInfo saved = client.saveOrigins(List.of("example.com", "*.corp.example.org", "10.0.0.0/8", "2001:db8::1"));
        assertEquals(List.of("example.com", "*.corp.example.org", "10.0.0.0/8", "2001:db8::1"), saved.origins());
        assertEquals(saved.origins(), client.account().origins());

        ApiException bad = assertThrows(ApiException.class, () -> client.saveOrigins(List.of("bad domain!")));
        assertEquals(ApiException.Kind.INVALID_INPUT, bad.kind());
        // The rule gives a code; the sandbox words it in its own English for its answer.
        assertTrue(bad.serverMessage().contains("'bad domain!': contains a space"), bad.serverMessage());
    }

    @Test
    void anywhereTokenIsNewEachTime() throws Exception {
        Secret first = client.createAnywhereToken();
        Secret second = client.createAnywhereToken();
        assertFalse(first.isEmpty());
        assertNotEquals(first, second);
    }

    @Test
    void environmentsComeWithMixedIdTypes() throws Exception {
        List<Environment> envs = client.environments();
        assertEquals(List.of("101", "102"), envs.stream().map(Environment::id).toList());
        assertEquals(List.of(DemoAccount.ENVIRONMENT_AWS, DemoAccount.ENVIRONMENT_GCP), envs.stream().map(Environment::name).toList());
        assertTrue(envs.get(0).created().isBefore(Instant.now()));
    }

    @Test
    void launchedClusterIsListedAndBecomesOnline() throws Exception {
        LaunchRequest request = new LaunchRequest("api-test", "admin", Secret.of("s3cret-pass"), "", "m6i.large",
                1, 2, 2, 100, true, 8443, 9440, "launch", new LaunchRequest.ZookeeperOptions("", "single"), LaunchRequest.ROLE_DEVELOPMENT);
        Cluster launched = client.launchCluster("101", request);
        assertEquals("api-test", launched.name());
        assertEquals("provisioning", launched.status());
        assertEquals(2, launched.nodes()); // sent back as "2"

        assertEquals(List.of("api-test"), client.clusters("101").stream().map(Cluster::name).toList());
        assertTrue(client.clusters("102").isEmpty());
        // The sandbox provisions for 300 ms, then the cluster is online.
        Wait.until("the launched cluster to be running", Duration.ofSeconds(10), () -> client.cluster(launched.id()).isRunning());

        ApiException duplicate = assertThrows(ApiException.class, () -> client.launchCluster("101", request));
        assertEquals(ApiException.Kind.INVALID_INPUT, duplicate.kind());
        assertEquals("name", duplicate.field().orElseThrow());
    }

    @Test
    void lockedAndMysqlFieldsAreReadAsTheSandboxAnswersThem() throws Exception {
        LaunchRequest plain = new LaunchRequest("no-mysql", "admin", Secret.of("s3cret-pass"), "", "m6i.large",
                1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT);
        LaunchRequest mysql = new LaunchRequest("with-mysql", "admin", Secret.of("s3cret-pass"), "", "m6i.large",
                1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT,
                new LaunchRequest.Extras("", LaunchRequest.Uptime.ALWAYS, List.of(), "", 9004, List.of()));
        Cluster none = client.launchCluster("101", plain);
        Cluster on = client.launchCluster("101", mysql);
        sandbox.state().write(d -> {
            d.clusters.stream().filter(c -> c.id.equals(none.id())).forEach(c -> c.locked = true);
            return null;
        });

        Cluster lockedRead = client.clusters("101").stream().filter(c -> c.id().equals(none.id())).findFirst().orElseThrow();
        assertTrue(lockedRead.locked());
        assertFalse(lockedRead.mysqlProtocol());
        assertEquals(0, lockedRead.mysqlPort());
        Cluster mysqlRead = client.cluster(on.id());
        assertFalse(mysqlRead.locked());
        assertTrue(mysqlRead.mysqlProtocol());
        assertEquals(9004, mysqlRead.mysqlPort());
    }

    @Test
    void unknownEnvironmentIsNotFound() {
        assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class, () -> client.clusters("999")).kind());
    }

    @Test
    void closedPortIsANetworkError() throws Exception {
        String url = sandbox.acmBaseUrl();
        sandbox.close();
        AcmClient offline = new AcmClient(Endpoints.parseBase(url), Secret.of("k"), http);
        assertEquals(ApiException.Kind.NETWORK, assertThrows(ApiException.class, offline::environments).kind());
    }

    @Test
    void secretsStayOutOfToString() throws Exception {
        assertFalse(client.toString().contains("test-key-0123456789"));
        ApiKey key = client.account().keys().get(0);
        assertFalse(key.toString().contains(key.token().reveal()));
    }
}
