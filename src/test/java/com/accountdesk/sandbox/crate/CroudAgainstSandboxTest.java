package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's CrateDB Cloud API as croud (CrateDB's own CLI, 1.15) calls it: at the root of its
 * own port (croud keeps only scheme, host and port of its endpoint), with croud's headers, and
 * reading the fields croud prints. Each request below is the one croud's command sends
 * (croud/me.py, croud/apikeys/commands.py, croud/api.py).
 */
class CroudAgainstSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    private SandboxServer sandbox;
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxOptions.inMemory()
                .withDialect(SandboxOptions.Dialect.PUBLISHED.withCrateRootPort(0)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** As croud's Client builds a request: basic auth, X-Region "_any_" by default, its User-Agent. */
    private JsonNode croud(String method, String path, String jsonBody, int expectedStatus) throws IOException {
        Request.Builder b = new Request.Builder().url(sandbox.crateRootUrl() + path)
                .header("Authorization", Credentials.basic(DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET))
                .header("X-Region", "_any_")
                .header("User-Agent", "Croud/1.15.0 Python/3.11.2");
        RequestBody body = jsonBody == null ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]))
                : RequestBody.create(jsonBody, APPLICATION_JSON);
        b.method(method, body);
        try (Response r = http.newCall(b.build()).execute()) {
            assertEquals(expectedStatus, r.code(), method + " " + path);
            String text = r.body().string();
            return text.isEmpty() ? null : JSON.readTree(text);
        }
    }

    @Test
    void croudsKeyCommandsWorkUnchanged() throws IOException {
        assertNotNull(sandbox.crateRootUrl(), "the sandbox prints this URL as croud's endpoint");
        // croud me: keys=["email", "username", "idp"]
        JsonNode me = croud("GET", "/api/v2/users/me/", null, 200);
        assertEquals(DemoAccount.LOGIN, me.get("email").asText());
        assertEquals(DemoAccount.CRATE_USERNAME, me.get("username").asText());

        // croud api-keys create: reads the flat answer, keys=["user_id", "key", "active", "secret"]
        JsonNode created = croud("POST", "/api/v2/users/me/api-keys/", null, 200);
        assertTrue(created.get("key").isTextual(), "flat: the key is a string, not an object: " + created);
        assertTrue(created.get("active").asBoolean());
        assertFalse(created.get("user_id").asText().isEmpty());
        String newKey = created.get("key").asText();
        assertFalse(created.get("secret").asText().isEmpty());

        // croud api-keys list: keys=["user_id", "key", "active", "last_used"]
        JsonNode list = croud("GET", "/api/v2/users/me/api-keys/", null, 200);
        assertTrue(list.isArray());
        JsonNode listed = null;
        for (JsonNode k : list) {
            assertTrue(k.has("user_id") && k.has("key") && k.has("active") && k.has("last_used"), k.toString());
            assertFalse(k.has("secret"), "never the secret");
            if (k.get("key").asText().equals(newKey)) {
                listed = k;
            }
        }
        assertNotNull(listed);
        assertTrue(listed.get("last_used").isNull(), "never used: null, as croud's docs show");

        // croud api-keys edit KEY --active false: PATCH {"active": false}, keys=["key", "active"]
        JsonNode edited = croud("PATCH", "/api/v2/users/me/api-keys/" + newKey + "/", "{\"active\": false}", 200);
        assertEquals(newKey, edited.get("key").asText());
        assertFalse(edited.get("active").asBoolean());

        // croud api-keys delete KEY: 204, "API key deleted."
        assertEquals(null, croud("DELETE", "/api/v2/users/me/api-keys/" + newKey + "/", null, 204));
        boolean gone = sandbox.state().read(d -> d.crate.keys.stream().noneMatch(k -> k.key.equals(newKey)));
        assertTrue(gone);
    }

    @Test
    void theEmbeddedPathStillAnswersTheDocumentedNestedShape() throws IOException {
        Request post = new Request.Builder().url(sandbox.crateBaseUrl() + "api/v2/users/me/api-keys/")
                .header("Authorization", Credentials.basic(DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET))
                .post(RequestBody.create(new byte[0])).build();
        try (Response r = http.newCall(post).execute()) {
            JsonNode answer = JSON.readTree(r.body().string());
            assertTrue(answer.get("key").isObject() && answer.get("success").asBoolean(), answer.toString());
        }
    }

    @Test
    void aWrongSecretIsRefusedAsCroudExpects() throws IOException {
        Request me = new Request.Builder().url(sandbox.crateRootUrl() + "/api/v2/users/me/")
                .header("Authorization", Credentials.basic(DemoAccount.CRATE_KEY, "wrong")).build();
        try (Response r = http.newCall(me).execute()) {
            assertEquals(401, r.code());
            JsonNode body = JSON.readTree(r.body().string());
            assertEquals("Authentication required", body.get("message").asText());
            assertFalse(body.get("success").asBoolean());
        }
    }
}
