package com.accountdesk.sandbox.http;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Secret;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox under clients that misbehave: half-sent requests, huge inputs, chatty reads. */
class SandboxLimitsTest {
    private static final String KEY = "limits-key-0123456789abcdef";
    private final HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)).withRetries(1, Duration.ofMillis(5)));

    private static Socket halfSent(SandboxServer sandbox) throws IOException {
        Socket s = new Socket("127.0.0.1", sandbox.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/account HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"na").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void idleHalfSentRequestsNeitherStallOthersNorStayOpen() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY))) {
            List<Socket> stalled = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                stalled.add(halfSent(sandbox));
            }
            try {
                AcmClient client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(KEY), http);
                assertFalse(client.environments().isEmpty(), "answered while 8 requests hang half-sent");

                Socket first = stalled.get(0);
                first.setSoTimeout((HttpHost.MAX_REQUEST_SECONDS + 10) * 1000);
                long started = System.nanoTime();
                try {
                    first.getInputStream().read(); // -1 or a reset: the server closed it
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("the half-sent request was never cut off", e);
                } catch (IOException reset) {
                    // closed by the server: what we want
                }
                long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                assertTrue(waited <= HttpHost.MAX_REQUEST_SECONDS + 3, "cut off after " + waited + " s");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    @Test
    void hugeInputsAreRefusedAndTheStateFileStaysSmall() throws Exception {
        Path state = Path.of(System.getProperty("accountdesk.home"), "limits-" + UUID.randomUUID(), "state.json");
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withStateFile(state, true).withExtraApiKey(KEY))) {
            long before = Files.size(state);
            for (int length : new int[] {1_000, 1024 * 1024}) {
                Request request = new Request.Builder().url(sandbox.acmBaseUrl() + "account").header("X-Auth-Token", KEY)
                        .post(http.json(Map.of("name", "n".repeat(length)))).build();
                ApiException e = assertThrows(ApiException.class, () -> http.call(request, body -> new com.accountdesk.api.ErrorBodyReader.ServerError(null, null)));
                assertTrue(e.status() == 400 || e.status() == 413, "status " + e.status());
            }
            assertTrue(Files.size(state) < before + 500, "state grew from " + before + " to " + Files.size(state));
        }
    }

    @Test
    void readsThatChangeNothingDoNotRewriteTheStateFile() throws Exception {
        Path state = Path.of(System.getProperty("accountdesk.home"), "limits-" + UUID.randomUUID(), "state.json");
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withStateFile(state, true))) {
            CrateCloudClient crate = new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                    Secret.of(DemoAccount.CRATE_SECRET), "", http);
            crate.me(); // notes the key's use once
            // Marked with an old time: any rewrite makes a new file with the time of now.
            java.nio.file.attribute.FileTime marked = java.nio.file.attribute.FileTime.fromMillis(0);
            Files.setLastModifiedTime(state, marked);
            for (int i = 0; i < 10; i++) {
                crate.me();
                crate.keys();
            }
            assertEquals(marked, Files.getLastModifiedTime(state), "the state file was rewritten by reads");
        }
    }
}
