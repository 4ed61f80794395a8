package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.AccessRight;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.AccountRole;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My Account's Common Information and Access Rights through the published paths, over real HTTP
 * against the sandbox: GET /account, POST /account {name} and {password}, GET /access-rights,
 * GET /account-roles, and a 403 that names the missing right.
 */
class AccountSandboxTest {
    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final String NEW_PASSWORD = "a-much-longer-pass";
    private final MovableClock clock = new MovableClock(START);
    private SandboxServer sandbox;
    private HttpTransport http;
    private HttpUrl base;
    private AcmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, signIn(DemoAccount.PASSWORD).token(), http);
    }

    private SignIn signIn(String password) throws ApiException {
        return (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(password), http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theAccountTellsNameEmailRoleAndLastSignIn() throws Exception {
        AccountDetails me = client.accountDetails();
        assertEquals(DemoAccount.NAME, me.name());
        assertEquals(DemoAccount.LOGIN, me.email());
        assertEquals("Account admin", me.roleName());
        assertEquals("1", me.roleId());
        assertTrue(me.roleRights().contains("cluster.launch"), me.roleRights().toString());
        assertEquals(START, me.lastLogin(), "the sign-in that made this session");
        assertEquals(Boolean.FALSE, me.darkTheme());
    }

    @Test
    void theDisplayNameChanges() throws Exception {
        client.rename("  Dana Demo  ");
        assertEquals("Dana Demo", client.accountDetails().name());
        assertThrows(ApiException.class, () -> client.rename(" "), "a blank name is not sent");
        assertEquals("Dana Demo", client.accountDetails().name());
    }

    @Test
    void aShortPasswordIsRefusedInA200AsAcmDoesAndChangesNothing() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> client.changePassword(Secret.of("short-11ch")));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
        assertEquals(400, e.status(), "typed by the code the answer names");
        Request post = new Request.Builder().url(sandbox.acmBaseUrl() + "account").header("X-Auth-Token", client.token().reveal())
                .post(RequestBody.create("{\"password\":\"short\"}", MediaType.get("application/json"))).build();
        try (Response answer = new OkHttpClient().newCall(post).execute()) {
            assertEquals(200, answer.code(), "the refusal comes in an HTTP 200, as ACM sends it");
            assertTrue(answer.body().string().contains("\"code\":400"));
        }
        assertEquals("password", e.field().orElse(null));
        assertTrue(e.serverMessage().contains("at least 12 characters"), e.serverMessage());
        assertEquals(DemoAccount.NAME, signIn(DemoAccount.PASSWORD).name(), "the old password still works");
    }

    @Test
    void aNewPasswordWorksAndTheOldOneNoLonger() throws Exception {
        client.changePassword(Secret.of(NEW_PASSWORD));
        assertEquals(DemoAccount.NAME, signIn(NEW_PASSWORD).name());
        ApiException old = assertThrows(ApiException.class, () -> signIn(DemoAccount.PASSWORD));
        assertEquals(ApiException.Kind.UNAUTHORIZED, old.kind());
        String state = sandbox.state().read(d -> d.acm.passwordHash);
        assertFalse(state.contains(NEW_PASSWORD), "kept only as its hash");
    }

    @Test
    void anOldSessionIsAskedToSignInAgainAndThePasswordIsThenSentOnceMore() throws Exception {
        clock.advance(Duration.ofMinutes(20));
        ApiException stale = assertThrows(ApiException.class, () -> client.changePassword(Secret.of(NEW_PASSWORD)));
        assertEquals(ApiException.Kind.UNAUTHORIZED, stale.kind());
        assertEquals(DemoAccount.NAME, signIn(DemoAccount.PASSWORD).name(), "nothing changed");

        AtomicInteger asked = new AtomicInteger();
        client.setReauthenticator(refused -> {
            asked.incrementAndGet();
            try {
                return Optional.of(signIn(DemoAccount.PASSWORD).token());
            } catch (ApiException e) {
                throw new AssertionError(e);
            }
        });
        client.changePassword(Secret.of(NEW_PASSWORD));
        assertEquals(1, asked.get());
        assertEquals(DemoAccount.NAME, signIn(NEW_PASSWORD).name());
    }

    @Test
    void anApiKeyChangesThePasswordWithoutASignIn() throws Exception {
        sandbox.close();
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("key-0123456789abcdef"), clock);
        base = Endpoints.parseBase(sandbox.acmBaseUrl());
        clock.advance(Duration.ofHours(1));
        new AcmClient(base, Secret.of("key-0123456789abcdef"), http).changePassword(Secret.of(NEW_PASSWORD));
        assertEquals(DemoAccount.NAME, signIn(NEW_PASSWORD).name());
    }

    @Test
    void rightsAndRolesAreListedWithTheirTitles() throws Exception {
        List<AccessRight> rights = client.accessRights();
        assertTrue(rights.contains(new AccessRight("cluster.launch", "Launch clusters", "Clusters")), rights.toString());
        assertEquals(7, rights.size());
        List<AccountRole> roles = client.accountRoles();
        assertEquals(List.of("Account admin", "Cluster operator", "Read only"), roles.stream().map(AccountRole::name).toList());
        assertFalse(roles.get(1).rights().contains("cluster.launch"));
    }

    @Test
    void aCallTheRoleDoesNotAllowIs403NamingTheRight() throws Exception {
        sandbox.state().write(d -> d.acm.roleId = "2");
        assertEquals("Cluster operator", client.accountDetails().roleName());
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster("101", new LaunchRequest("denied",
                "admin", Secret.of("s3cret-pass"), "", "m6i.large", 1, 1, 1, 100, true, 8443, 9440, "", null,
                LaunchRequest.ROLE_DEVELOPMENT)));
        assertEquals(ApiException.Kind.FORBIDDEN, e.kind());
        assertEquals("cluster.launch", e.missingRight().orElse(null));
        assertEquals(0, client.clusters("101").size());
        assertTrue(client.accessRights().size() > 0, "what the role allows is still read");
    }

    @Test
    void aThemeThatIsNotZeroOrOneIsRefused() throws Exception {
        Request post = new Request.Builder().url(sandbox.acmBaseUrl() + "account").header("X-Auth-Token", client.token().reveal())
                .post(RequestBody.create("{\"darkTheme\":2}", MediaType.get("application/json"))).build();
        try (Response answer = new OkHttpClient().newCall(post).execute()) {
            assertEquals(400, answer.code());
        }
        assertEquals(Boolean.FALSE, client.accountDetails().darkTheme());
    }
}
