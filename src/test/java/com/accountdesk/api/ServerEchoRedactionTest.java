package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import com.accountdesk.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server that echoes the credentials it was sent in its error text: they are redacted before anything keeps or shows them. */
class ServerEchoRedactionTest {
    private static final String TOKEN = "acm-token-0123456789abcdef";
    private static final String KEY = "crate-key-42";
    private static final String SECRET = "crate-secret-0123456789";
    private static final String PASSWORD = "Pass-word-0123456789";

    private static void assertClean(ApiException e, String... secrets) {
        for (String text : new String[] {e.getMessage(), e.serverMessage(), ErrorMessages.describe(e), e.field().orElse("")}) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), text);
            }
        }
        assertTrue(e.serverMessage().contains(HttpTransport.REDACTED), e.serverMessage());
    }

    @Test
    void anAcmTokenOrPasswordEchoedInAnErrorIsRedacted() throws Exception {
        try (FixedServer server = FixedServer.byRequest((n, seen) -> Answer.json(seen.path().endsWith("login") ? 400 : 401,
                "{\"error\":\"token " + seen.header("X-Auth-Token") + " unknown; body was " + seen.body().replace("\"", "'")
                        + "\",\"code\":401}"))) {
            HttpTransport http = new HttpTransport();
            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of(TOKEN), http);
            ApiException e = assertThrows(ApiException.class, client::account);
            assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
            assertClean(e, TOKEN);

            ApiException login = assertThrows(ApiException.class,
                    () -> AcmClient.login(Endpoints.parseBase(server.baseUrl()), "ann@example.com", Secret.of(PASSWORD), http));
            assertClean(login, PASSWORD);
        }
    }

    @Test
    void aCrateBasicHeaderEchoedInAnyFormIsRedacted() throws Exception {
        String basic = Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        try (FixedServer server = new FixedServer(n -> Answer.json(403, "{\"message\":\"Denied for Authorization: Basic "
                + basic + " (" + KEY + ":" + SECRET + ", secret " + SECRET + ")\",\"errors\":{\"" + SECRET + "\":[\"bad\"]}}"))) {
            CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(server.baseUrl()), KEY, Secret.of(SECRET), "",
                    new HttpTransport());
            ApiException e = assertThrows(ApiException.class, client::keys);
            assertEquals(ApiException.Kind.FORBIDDEN, e.kind());
            assertClean(e, SECRET, basic);
        }
    }

    @Test
    void anEchoWithInvisibleCharactersInsideTheTokenIsRedactedToo() throws Exception {
        String spoiled = TOKEN.substring(0, 9) + "\u200B" + TOKEN.substring(9, 15) + "\u2066" + TOKEN.substring(15) + "\u00AD";
        try (FixedServer server = new FixedServer(n -> Answer.json(401, "{\"error\":\"token " + spoiled + " unknown\",\"code\":401}"))) {
            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of(TOKEN), new HttpTransport());
            ApiException e = assertThrows(ApiException.class, client::account);
            assertClean(e, TOKEN, TOKEN.substring(9));
        }
    }
}
