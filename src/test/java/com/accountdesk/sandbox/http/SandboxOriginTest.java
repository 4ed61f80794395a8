package com.accountdesk.sandbox.http;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A web page open in the user's browser can send a "simple" request (text/plain, no preflight) to
 * the sandbox on loopback: the sandbox answers only requests with no Origin or its own.
 */
class SandboxOriginTest {
    private static final String SIGN_IN = "{\"login\":\"" + DemoAccount.LOGIN + "\",\"password\":\"" + DemoAccount.PASSWORD + "\"}";
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> signIn(SandboxServer sandbox, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.acmBaseUrl() + "login"))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(SIGN_IN));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignInFromAForeignOriginGetsNoSession() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory())) {
            for (String foreign : new String[] {"https://evil.example", "null", "http://127.0.0.1:" + (sandbox.port() + 1),
                    "http://localhost.evil.example:" + sandbox.port()}) {
                HttpResponse<String> answer = signIn(sandbox, foreign);
                assertEquals(403, answer.statusCode(), foreign + " got " + answer.body());
                assertFalse(answer.body().contains("token"), answer.body());
                assertFalse(answer.headers().firstValue("Access-Control-Allow-Origin").isPresent());
            }
            assertEquals(200, signIn(sandbox, null).statusCode(), "the app and curl send no Origin");
            assertEquals(200, signIn(sandbox, "http://127.0.0.1:" + sandbox.port()).statusCode(), "its own origin");
            assertEquals(200, signIn(sandbox, "http://localhost:" + sandbox.port()).statusCode(), "its own origin, by name");
        }
    }

    @Test
    void aDamagedStateFileIsLoggedWithoutWhatItHolds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        String key = "statekey0123456789abcdef"; // unquoted: the parser names the token it cannot read
        Files.writeString(file, "{\"acm\": {\"apiKeys\": [" + key + "]}}");
        try (LogCapture log = new LogCapture(); SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory()
                .withStateFile(file, false))) {
            assertTrue(log.text().contains("state.json"), log.text());
            assertFalse(log.text().contains(key), log.text());
            assertTrue(sandbox.port() > 0);
        }
    }
}
