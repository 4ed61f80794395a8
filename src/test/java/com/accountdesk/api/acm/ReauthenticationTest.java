package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.Wait;
import com.accountdesk.ui.connect.SessionRenewal;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The client's one mechanism for a session that ends mid-work, against the sandbox. */
class ReauthenticationTest {
    private static final String SECOND_KEY = "second-key-0123456789";
    private SandboxServer sandbox;
    private HttpTransport http;
    private HttpUrl base;
    private AcmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(SECOND_KEY));
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));
        base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, ((com.accountdesk.model.SignIn) AcmClient.login(base, DemoAccount.LOGIN,
                Secret.of(DemoAccount.PASSWORD), http)).token(), http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void expireSessions() {
        sandbox.state().write(d -> {
            d.acm.sessions.forEach(s -> s.expires = Instant.now().getEpochSecond() - 1);
            return null;
        });
    }

    @Test
    void callsRefusedTogetherAskOnceAndAllComplete() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        List<Thread> callers = new CopyOnWriteArrayList<>();
        client.setReauthenticator(new SessionRenewal(base, false, DemoAccount.LOGIN, http, (what, login, problem) -> {
            asked.incrementAndGet();
            // The user answers only once the other three refused calls wait for the same answer.
            Wait.until("the other three refused calls to wait for the sign-in", Duration.ofSeconds(10),
                    () -> callers.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() == 3);
            return Optional.of(Secret.of(DemoAccount.PASSWORD));
        }, k -> { }));
        Secret old = client.token();
        expireSessions();
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            callers.add(t);
            return t;
        });
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit((Callable<Integer>) () -> client.environments().size()));
            }
            for (Future<Integer> r : results) {
                assertEquals(2, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, asked.get());
        assertNotEquals(old, client.token());
    }

    @Test
    void aRefusedSaveIsSentOnceMoreAfterSigningInAndDoneOnce() throws Exception {
        List<String> problems = new ArrayList<>();
        client.setReauthenticator(new SessionRenewal(base, false, DemoAccount.LOGIN, http, (what, login, problem) -> {
            problems.add(problem);
            return Optional.of(Secret.of(problems.size() == 1 ? "wrong" : DemoAccount.PASSWORD));
        }, k -> { }));
        expireSessions();
        client.saveOrigins(List.of("example.com", "10.0.0.0/8"));
        assertEquals(List.of(SessionRenewal.EXPIRED, "Wrong password. Try again."), problems);
        assertEquals(List.of("example.com", "10.0.0.0/8"), client.account().origins());
    }

    @Test
    void aTwoFactorUserGivesThePasswordThenTheCodeAndTheCallCompletes() throws Exception {
        List<String> asked = new ArrayList<>();
        client.setReauthenticator(new SessionRenewal(base, false, DemoAccount.TWO_FACTOR_LOGIN, http, (what, login, problem) -> {
            asked.add(what + ": " + problem);
            return Optional.of(Secret.of(switch (what) {
                case PASSWORD -> DemoAccount.PASSWORD;
                case VERIFICATION_CODE -> asked.size() == 2 ? "999999" : DemoAccount.TWO_FACTOR_CODE;
                case API_KEY -> throw new AssertionError("no key was asked for");
            }));
        }, k -> { }));
        expireSessions();
        client.saveOrigins(List.of("example.org"));
        assertEquals(3, asked.size(), asked::toString);
        assertTrue(asked.get(1).startsWith("VERIFICATION_CODE: Enter the verification code"), asked.get(1));
        assertTrue(asked.get(2).startsWith("VERIFICATION_CODE: That verification code was not accepted"), asked.get(2));
        assertEquals(List.of("example.org"), client.account().origins());
    }

    @Test
    void cancellingReportsTheOriginal401() {
        client.setReauthenticator(new SessionRenewal(base, false, DemoAccount.LOGIN, http,
                (what, login, problem) -> Optional.empty(), k -> { }));
        expireSessions();
        ApiException e = assertThrows(ApiException.class, client::environments);
        assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
    }

    @Test
    void withAKeyANewKeyIsCheckedAndHandedOnToBeRemembered() throws Exception {
        String oldKey = sandbox.state().read(d -> d.acm.tokens.get(0).token);
        String otherKey = SECOND_KEY;
        AcmClient byKey = new AcmClient(base, Secret.of(oldKey), http);
        List<Secret> remembered = new ArrayList<>();
        byKey.setReauthenticator(new SessionRenewal(base, true, null, http,
                (what, login, problem) -> Optional.of(Secret.of(" " + otherKey + " ")), remembered::add));
        sandbox.state().write(d -> d.acm.tokens.removeIf(t -> t.token.equals(oldKey)));
        assertEquals(2, byKey.environments().size());
        assertEquals(List.of(Secret.of(otherKey)), remembered);
    }
}
