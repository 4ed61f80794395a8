package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import com.accountdesk.testing.RawServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a hostile or broken server can make the transport do: every case ends as a typed error, in time. */
class HostileServerTransportTest {
    private static final Secret KEY = Secret.of("key-abcdefghijklmnop");

    private static HttpTransport http(Duration callTimeout, Duration maxRetryAfter) {
        return new HttpTransport(new HttpTransport.Settings(Duration.ofSeconds(5), Duration.ofSeconds(5), callTimeout,
                3, Duration.ofMillis(5), maxRetryAfter, 4L * 1024 * 1024));
    }

    @Test
    void aRetryAfterBeyondWhatMillisecondsCanHoldIsCappedNotAnOverflow() throws Exception {
        HttpTransport http = http(Duration.ofSeconds(20), Duration.ofMillis(50));
        assertEquals(50, http.backoffMillis(1, "9999999999999999"));
        assertEquals(50, http.backoffMillis(1, String.valueOf(Long.MAX_VALUE)));
        assertEquals(0, http.backoffMillis(1, "-5"));
        try (FixedServer server = new FixedServer(n -> n == 1
                ? new Answer(503, "{}", Map.of("Retry-After", "9999999999999999"))
                : Answer.json(200, "{\"data\":[]}"))) {
            assertTrue(new AcmClient(Endpoints.parseBase(server.baseUrl()), KEY, http).environments().isEmpty());
            assertEquals(2, server.seen().size());
        }
    }

    @Test
    void interimAnswersInARowAreABadResponse() throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"data\":[]}")) {
            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), KEY, http(Duration.ofSeconds(10), Duration.ofMillis(50)));
            ApiException e = assertThrows(ApiException.class, client::environments);
            assertEquals(ApiException.Kind.BAD_RESPONSE, e.kind());
        }
    }

    @Test
    void cleartextGoesOnlyToALiteralLoopbackAddressNeverToANameThatLooksLikeOne() throws Exception {
        for (String host : new String[] {"127.0.0.1.5", "127.1", "0x7f.0.0.1", "127.0.0.1.nip.io", "2130706433"}) {
            assertFalse(Endpoints.isLoopback(host), host);
            AcmClient client = new AcmClient(HttpUrl.get("http://" + host + ":9/api/"), KEY, http(Duration.ofSeconds(5), Duration.ofMillis(50)));
            ApiException e = assertThrows(ApiException.class, client::environments, host);
            assertEquals(ApiException.Kind.INSECURE_ENDPOINT, e.kind(), host + ": refused before any look-up or connection");
        }
        assertTrue(Endpoints.isLoopback("127.0.0.1") && Endpoints.isLoopback("127.255.0.9") && Endpoints.isLoopback("[::1]")
                && Endpoints.isLoopback("::1") && Endpoints.isLoopback("localhost"));
        assertFalse(Endpoints.isLoopback("127.0.0.256") || Endpoints.isLoopback("[::2]") || Endpoints.isLoopback("10.0.0.1"));
    }

    @Test
    void localhostIsThisComputerWithoutAskingAResolver() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(200, "{\"data\":[]}"))) {
            String url = server.baseUrl().replace("127.0.0.1", "localhost");
            assertTrue(new AcmClient(Endpoints.parseBase(url), KEY, http(Duration.ofSeconds(5), Duration.ofMillis(50)))
                    .environments().isEmpty());
        }
    }

    @Test
    void oneDeadlineCoversEveryTryOfAnAction() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (FixedServer server = new FixedServer(n -> {
            try {
                never.await(700, TimeUnit.MILLISECONDS); // a slow server: each answer takes 0.7 s
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.json(503, "{\"error\":\"busy\"}");
        })) {
            // The baseline, in this test: one try against this slow server with no deadline to cut it short.
            AcmClient once = new AcmClient(Endpoints.parseBase(server.baseUrl()), KEY, http(Duration.ofSeconds(30), Duration.ofMillis(50)));
            long oneTryStarted = System.nanoTime();
            assertThrows(ApiException.class, () -> once.environments(), "503 after 3 tries");
            long threeTriesMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - oneTryStarted);
            assertEquals(3, server.seen().size(), "a free run makes all three tries");

            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), KEY, http(Duration.ofMillis(1000), Duration.ofMillis(50)));
            long started = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, client::environments);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(ApiException.Kind.TIMEOUT, e.kind(), "the action's 1 s ran out during the second try");
            assertEquals(5, server.seen().size(), "cut short during the second try: no third");
            // Measured against the same server's three tries in this test, not a fixed number: one
            // deadline for all tries ends well before the tries would have.
            assertTrue(tookMs < threeTriesMs * 3 / 4, "one deadline of 1 s for all three tries, not 1 s each: took " + tookMs
                    + " ms; three tries took " + threeTriesMs + " ms");
        }
    }
}
