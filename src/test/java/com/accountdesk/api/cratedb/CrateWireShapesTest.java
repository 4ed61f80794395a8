package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answer shapes and headers the sandbox has no reason to produce, over loopback with canned answers. */
class CrateWireShapesTest {
    private final HttpTransport http = new HttpTransport();

    private CrateCloudClient client(FixedServer server, String region) throws ApiException {
        return new CrateCloudClient(Endpoints.parseBase(server.baseUrl()), "k1", Secret.of("s3cret"), region, http);
    }

    @Test
    void flatCreateAnswerAsTheCliReadsIt() throws Exception {
        String flat = """
                {"key": "flat-key", "user_id": "u-1", "active": true, "secret": "flat-secret-value",
                 "last_used": null, "dc": {"created": "2024-03-01T10:00:00.000000+00:00"}}""";
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, flat))) {
            CreatedCrateKey created = client(server, null).createKey();
            assertEquals("flat-key", created.key().key());
            assertEquals("flat-secret-value", created.secret().reveal());
            assertEquals(Instant.parse("2024-03-01T10:00:00Z"), created.key().created());
            assertNull(created.key().lastUsed());
            assertEquals("POST", server.seen().get(0).method());
            assertTrue(server.seen().get(0).path().endsWith("/api/v2/users/me/api-keys/"));
        }
    }

    @Test
    void nestedCreateAnswerAsDocumented() throws Exception {
        String nested = """
                {"key": {"key": "nested-key", "user_id": "u-1", "active": "true", "last_used": null,
                         "dc": {"created": "2024-03-01T10:00:00Z"}},
                 "secret": "nested-secret-value", "success": true}""";
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, nested))) {
            CreatedCrateKey created = client(server, null).createKey();
            assertEquals("nested-key", created.key().key());
            assertTrue(created.key().active());
            assertEquals("nested-secret-value", created.secret().reveal());
        }
    }

    @Test
    void createAnswerWithoutSecretIsABadResponse() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, "{\"key\": {\"key\": \"x\"}}"))) {
            assertEquals(ApiException.Kind.BAD_RESPONSE, assertThrows(ApiException.class, () -> client(server, null).createKey()).kind());
        }
    }

    @Test
    void basicAuthAndRegionHeaderAreSent() throws Exception {
        String me = "{\"uid\": \"u-1\", \"username\": \"ann\", \"name\": \"\", \"email\": \"ann@example.com\"}";
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, me))) {
            assertEquals("ann@example.com", client(server, " eks1.eu-west-1.aws ").me().displayName());
            FixedServer.Seen seen = server.seen().get(0);
            assertEquals(Credentials.basic("k1", "s3cret", StandardCharsets.UTF_8), seen.header("Authorization"));
            assertEquals("eks1.eu-west-1.aws", seen.header("X-Region"));
            assertTrue(seen.path().endsWith("/api/v2/users/me/"));

            client(server, "").me();
            assertNull(server.seen().get(1).header("X-Region"), "no region, no header");
        }
    }

    @Test
    void patchSendsTheFlagAndDeleteExpectsNoBody() throws Exception {
        String key = "{\"key\": \"k 2\", \"active\": false, \"dc\": {\"created\": \"2024-03-01T10:00:00Z\"}}";
        try (FixedServer server = new FixedServer(n -> n == 1 ? FixedServer.Answer.json(200, key)
                : new FixedServer.Answer(204, null, java.util.Map.of()))) {
            CrateCloudClient c = client(server, null);
            assertEquals(false, c.setActive("k 2", false).active());
            c.deleteKey("k 2");
            assertEquals("PATCH", server.seen().get(0).method());
            assertEquals("{\"active\":false}", server.seen().get(0).body());
            assertTrue(server.seen().get(0).path().endsWith("/api-keys/k 2/"));
            assertEquals("DELETE", server.seen().get(1).method());
        }
    }

    @Test
    void errorBodiesBecomeSentences() throws Exception {
        String body = "{\"message\": \"Invalid input\", \"errors\": {\"active\": [\"Not a valid boolean\", \"Required\"]}, \"success\": false}";
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(400, body))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server, null).setActive("k1", true));
            assertEquals("Invalid input. active: Not a valid boolean. Required.", e.serverMessage());
            assertEquals("active", e.field().orElseThrow());
        }
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(401, "{\"message\": \"Authentication required\", \"success\": false}"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server, null).keys());
            assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
            assertEquals("Authentication required", e.serverMessage());
        }
    }
}
