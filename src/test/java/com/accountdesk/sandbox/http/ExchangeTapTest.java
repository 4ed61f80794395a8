package com.accountdesk.sandbox.http;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.state.DemoAccount;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the tap tells the judge is what went over the wire: the mount that served it, the answer's real headers, faults marked. */
class ExchangeTapTest {
    private static final String KEY = "tap-test-key-0123456789";
    private SandboxServer sandbox;
    private final List<ExchangeTap.Exchange> seen = new CopyOnWriteArrayList<>();
    private Runnable stopListening;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY)
                .withDialect(SandboxOptions.Dialect.PUBLISHED.withCrateRootPort(0)));
        stopListening = ExchangeTap.listen(seen::add);
    }

    @AfterEach
    void stop() {
        stopListening.run();
        sandbox.close();
    }

    private Response get(String url, String header, String value) throws IOException {
        return http.newCall(new Request.Builder().url(url).header(header, value).header("User-Agent", "tap-test").build()).execute();
    }

    @Test
    void theAnswersHeadersAndTheMountAreTheOnesThatServedIt() throws IOException {
        try (Response r = get(sandbox.acmBaseUrl() + "account", "X-Auth-Token", KEY)) {
            assertEquals(200, r.code());
            ExchangeTap.Exchange x = seen.get(0);
            assertEquals("/api", x.mount());
            assertEquals("/account", x.path());
            assertEquals(r.header("Content-Type"), x.responseContentType());
            assertTrue(x.requestWhole() && !x.answerSpoiled());
        }
        seen.clear();
        String basic = okhttp3.Credentials.basic(DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET);
        try (Response r = get(sandbox.crateRootUrl().replaceAll("/$", "") + "/api/v2/users/me/", "Authorization", basic)) {
            assertEquals(200, r.code());
            assertEquals("", seen.get(0).mount(), "croud's port serves at its root");
        }
        seen.clear();
        try (Response r = get(sandbox.crateBaseUrl() + "api/v2/users/me/", "Authorization", basic)) {
            assertEquals(200, r.code());
            assertEquals("/cratedb", seen.get(0).mount());
        }
    }

    @Test
    void aSpoiledAnswerIsMarkedAndItsRequestKeptWhole() throws IOException {
        sandbox.faults().script(Fault.MALFORMED);
        try (Response r = get(sandbox.acmBaseUrl() + "account", "X-Auth-Token", KEY)) {
            assertEquals(200, r.code());
        }
        ExchangeTap.Exchange x = seen.get(0);
        assertTrue(x.answerSpoiled() && x.requestWhole());
        assertEquals("tap-test", x.headers().get("user-agent"));

        seen.clear();
        sandbox.faults().script(Fault.ERROR_503);
        try (Response r = get(sandbox.acmBaseUrl() + "account", "X-Auth-Token", KEY)) {
            assertEquals(503, r.code());
            assertFalse(seen.get(0).answerSpoiled(), "an injected error is the API's error shape: judged");
            assertEquals(r.header("Content-Type"), seen.get(0).responseContentType());
        }
    }
}
