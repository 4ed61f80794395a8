package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transport's policies, over real HTTP on loopback. */
class HttpTransportTest {
    private final HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));

    private static AcmClient client(FixedServer server) throws ApiException {
        return new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of("key-abcdefghijklmnop"), new HttpTransport(
                HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5))));
    }

    @Test
    void getIsRetriedOnUnavailableThenSucceeds() throws Exception {
        try (FixedServer server = new FixedServer(n -> n < 3 ? Answer.json(503, "{\"error\":\"busy\",\"code\":503}")
                : Answer.json(200, "{\"data\":[]}"))) {
            assertTrue(client(server).environments().isEmpty());
            assertEquals(3, server.seen().size());
        }
    }

    @Test
    void getGivesUpAfterThreeTries() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(502, "{\"error\":\"bad gateway\",\"code\":502}"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).environments());
            assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
            assertEquals(3, server.seen().size());
        }
    }

    @Test
    void postIsNeverRetried() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(503, "{\"error\":\"busy\",\"code\":503}"))) {
            assertThrows(ApiException.class, () -> client(server).saveOrigins(java.util.List.of("example.com")));
            assertEquals(1, server.seen().size());
        }
    }

    @Test
    void aPostAnswered503WithRetryAfterZeroIsSentOnce() throws Exception {
        try (FixedServer server = new FixedServer(n -> new Answer(503, "{\"error\":\"busy\",\"code\":503}",
                Map.of("Content-Type", "application/json", "Retry-After", "0")))) {
            assertThrows(ApiException.class, () -> client(server).saveOrigins(java.util.List.of("example.com")));
            assertEquals(1, server.seen().stream().filter(s -> s.method().equals("POST")).count(), "the POST was sent again");
        }
    }

    @Test
    void aGetAnswered503WithRetryAfterZeroIsStillRetried() throws Exception {
        try (FixedServer server = new FixedServer(n -> n < 2 ? new Answer(503, "{\"error\":\"busy\",\"code\":503}",
                Map.of("Content-Type", "application/json", "Retry-After", "0")) : Answer.json(200, "{\"data\":[]}"))) {
            assertTrue(client(server).environments().isEmpty());
        }
    }

    @Test
    void serverErrorBodyBecomesTheMessage() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(500, "{\"error\":\"database is down\",\"code\":500}"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).saveOrigins(java.util.List.of()));
            assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
            assertEquals("database is down", e.serverMessage());
        }
    }

    @Test
    void retryAfterIsHonouredButCapped() {
        assertEquals(2000, http.backoffMillis(1, "2"));
        assertEquals(10_000, http.backoffMillis(1, "3600"));
        long backoff = http.backoffMillis(2, null);
        assertTrue(backoff >= 5 && backoff <= 10, "attempt 2 waits between half and all of 2 x base: " + backoff);
    }

    @Test
    void redirectIsNotFollowedSoTheKeyStaysHome() throws Exception {
        try (FixedServer elsewhere = new FixedServer(n -> Answer.json(200, "{\"data\":[]}"));
             FixedServer server = new FixedServer(n -> new Answer(302, null,
                     Map.of("Location", elsewhere.baseUrl().replace("127.0.0.1", "localhost") + "environments")))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).environments());
            assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
            assertTrue(elsewhere.seen().isEmpty());
        }
    }

    @Test
    void invalidJsonIsABadResponseWithoutTheBody() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(200, "{\"data\": [secret-value-123"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).environments());
            assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
            assertFalse(e.getMessage().contains("secret-value-123"));
        }
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        String huge = "{\"data\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        try (FixedServer server = new FixedServer(n -> Answer.json(200, huge))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).generateApiKey());
            assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
            assertTrue(e.serverMessage().contains("larger than"));
        }
    }

    @Test
    void authHeaderIsSentAndNotLogged() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(200, "{\"data\":[]}"))) {
            client(server).environments();
            assertEquals("key-abcdefghijklmnop", server.seen().get(0).header("X-Auth-Token"));
        }
        assertEquals("127.0.0.1:80/api/cluster/abc…",
                HttpTransport.redactedPath(okhttp3.HttpUrl.get("http://127.0.0.1:80/api/cluster/abcdefghijklmnopqrstuvwxyz?token=x")));
    }

    @Test
    void statusKindsMapAsDocumented() {
        assertEquals(ApiException.Kind.UNAUTHORIZED, HttpTransport.kindOf(401));
        assertEquals(ApiException.Kind.FORBIDDEN, HttpTransport.kindOf(403));
        assertEquals(ApiException.Kind.NOT_FOUND, HttpTransport.kindOf(404));
        assertEquals(ApiException.Kind.INVALID_INPUT, HttpTransport.kindOf(400));
        assertEquals(ApiException.Kind.SERVER_ERROR, HttpTransport.kindOf(503));
        assertNull(new ApiException(ApiException.Kind.NETWORK, null).serverMessage());
    }
}
