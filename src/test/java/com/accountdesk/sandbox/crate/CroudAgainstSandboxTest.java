package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.MovableClock;
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
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's CrateDB Cloud API as croud (CrateDB's own CLI, 1.15) calls it: at the root of its
 * own port (croud keeps only scheme, host and port of its endpoint), with croud's headers, and
 * reading the fields croud prints. Each request below is the one croud's command sends
 * (croud/me.py, croud/apikeys/commands.py, croud/clusters/commands.py, croud/organizations/commands.py,
 * croud/projects/commands.py, croud/products/commands.py, croud/api.py): python-requests writes a
 * body with {@code json.dumps} (", " and ": " between members) and a query from a dict in its order.
 */
class CroudAgainstSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private SandboxServer sandbox;
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxOptions.inMemory()
                .withDialect(SandboxOptions.Dialect.PUBLISHED.withCrateRootPort(0)), clock);
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
                .header("User-Agent", "Croud/1.15.0 Python/3.11.2")
                .header("Accept", "*/*")
                .header("Accept-Encoding", "gzip, deflate");
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
    void croudsListCommandsWorkUnchanged() throws IOException {
        // croud organizations list: keys=["id", "name", "plan_type"]
        JsonNode orgs = croud("GET", "/api/v2/organizations/", null, 200);
        assertTrue(orgs.isArray() && orgs.size() > 0, orgs.toString());
        JsonNode org = orgs.get(0);
        assertTrue(org.has("id") && org.has("name") && org.has("plan_type"), org.toString());
        String orgId = org.get("id").asText();

        // croud projects list: keys=["id", "name", "region", "organization_id", "backup_location"]; --org-id: the organization's path
        JsonNode projects = croud("GET", "/api/v2/projects/", null, 200);
        assertTrue(projects.isArray() && projects.size() > 0);
        for (JsonNode p : projects) {
            assertTrue(p.has("id") && p.has("name") && p.has("region") && p.has("organization_id"), p.toString());
        }
        assertEquals(projects.size(), croud("GET", "/api/v2/organizations/" + orgId + "/projects/", null, 200).size());

        // croud products list (no --kind: no params): it skips deprecated products and those without price_per_dtu_minute
        JsonNode products = croud("GET", "/api/v2/products/", null, 200);
        int printed = 0;
        for (JsonNode p : products) {
            assertTrue(p.has("kind") && p.has("name") && p.has("tier") && p.path("specs").has("storage_minimum_bytes"), p.toString());
            if (!p.path("deprecated").asBoolean(false) && p.path("price_per_dtu_minute").asDouble(0) != 0) {
                printed++;
            }
        }
        assertTrue(printed > 0, "croud would print no product: " + products);

        // croud clusters list: params {} (no query), keys=["id", "name", "num_nodes", "crate_version", "project_id", ...]
        JsonNode clusters = croud("GET", "/api/v2/clusters/", null, 200);
        assertEquals(4, clusters.size());
        for (JsonNode c : clusters) {
            for (String key : new String[] {"id", "name", "num_nodes", "crate_version", "project_id", "username", "suspended", "fqdn", "channel"}) {
                assertTrue(c.has(key), key + " in " + c);
            }
        }
        // --project-id P: params {"project_id": P}; --org-id O: the organization's path
        assertEquals(2, croud("GET", "/api/v2/clusters/?project_id=" + CrateCatalogue.PROJECT_PRODUCTION, null, 200).size());
        assertEquals(4, croud("GET", "/api/v2/organizations/" + orgId + "/clusters/", null, 200).size());

        // croud clusters get ID
        JsonNode one = croud("GET", "/api/v2/clusters/" + CrateCatalogue.CLUSTER_ORDERS + "/", null, 200);
        assertEquals("orders-prod", one.get("name").asText());
    }

    @Test
    void croudsClusterChangesWorkUnchangedAndItsPollSeesEachFinish() throws IOException {
        String orders = CrateCatalogue.CLUSTER_ORDERS;
        String analytics = CrateCatalogue.CLUSTER_ANALYTICS;
        String archive = CrateCatalogue.CLUSTER_ARCHIVE;

        // croud clusters expand-storage --cluster-id C --disk-size-gb 1024: {"disk_size_per_node_bytes": 1024 * 1024³}
        JsonNode expanded = croud("PUT", "/api/v2/clusters/" + orders + "/storage/",
                "{\"disk_size_per_node_bytes\": 1099511627776}", 200);
        assertEquals(512L << 30, expanded.path("hardware_specs").path("disk_size_per_node_bytes").asLong(), "unchanged until done");
        assertEquals("EXPAND_STORAGE", poll(orders, "EXPAND_STORAGE"));
        assertEquals(1024L << 30, croud("GET", "/api/v2/clusters/" + orders + "/", null, 200)
                .path("hardware_specs").path("disk_size_per_node_bytes").asLong());

        // croud clusters scale --cluster-id C --unit 3: {"product_unit": 3}, keys=["id", "name", "num_nodes"]
        JsonNode scaled = croud("PUT", "/api/v2/clusters/" + orders + "/scale/", "{\"product_unit\": 3}", 200);
        assertEquals(3, scaled.get("num_nodes").asInt(), "unchanged until done");
        assertEquals("SCALE", poll(orders, "SCALE"));
        assertEquals(4, croud("GET", "/api/v2/clusters/" + orders + "/", null, 200).get("num_nodes").asInt());

        // croud clusters set-suspended-state --cluster-id C --value true / false: {"suspended": true}
        croud("PUT", "/api/v2/clusters/" + analytics + "/suspend/", "{\"suspended\": true}", 200);
        assertEquals("SUSPEND", poll(analytics, "SUSPEND"));
        assertTrue(croud("GET", "/api/v2/clusters/" + analytics + "/", null, 200).get("suspended").asBoolean());
        croud("PUT", "/api/v2/clusters/" + archive + "/suspend/", "{\"suspended\": false}", 200);
        assertEquals("SUSPEND", poll(archive, "SUSPEND"));
        assertFalse(croud("GET", "/api/v2/clusters/" + archive + "/", null, 200).get("suspended").asBoolean());

        // croud clusters upgrade --cluster-id C --version V: {"crate_version": V}, keys=["id", "name", "crate_version"]
        String from = croud("GET", "/api/v2/clusters/" + orders + "/", null, 200).get("crate_version").asText();
        JsonNode offered = croud("GET", "/api/v2/clusters/" + orders + "/available-upgrades/", null, 200);
        String to = offered.path("crate_versions").path("stable").path("version").asText();
        assertFalse(to.isEmpty() || to.equals(from), offered.toString());
        JsonNode upgrading = croud("PUT", "/api/v2/clusters/" + orders + "/upgrade/", "{\"crate_version\": \"" + to + "\"}", 200);
        assertEquals(from, upgrading.get("crate_version").asText(), "unchanged until done");
        assertEquals("UPGRADE", poll(orders, "UPGRADE"));
        assertEquals(to, croud("GET", "/api/v2/clusters/" + orders + "/", null, 200).get("crate_version").asText());
    }

    @Test
    void croudSeesTheSandboxsRefusalsAsErrors() throws IOException {
        String orders = CrateCatalogue.CLUSTER_ORDERS;
        croud("PUT", "/api/v2/clusters/" + orders + "/scale/", "{\"product_unit\": 1}", 200);
        // croud prints {"message", "success": false} and stops (its errors branch)
        JsonNode busy = croud("PUT", "/api/v2/clusters/" + orders + "/upgrade/", "{\"crate_version\": \"5.10.2\"}", 409);
        assertFalse(busy.get("success").asBoolean());
        assertTrue(busy.get("message").asText().contains("Another operation"), busy.toString());
        JsonNode unknown = croud("PUT", "/api/v2/clusters/" + CrateCatalogue.CLUSTER_ANALYTICS + "/upgrade/",
                "{\"crate_version\": \"4.0.0\"}", 400);
        assertTrue(unknown.path("errors").has("crate_version"), unknown.toString());
    }

    /**
     * croud's {@code _wait_for_completed_operation}: {@code GET …/operations/} with {"type": T, "limit": 1},
     * reading {@code operations[0].status} until SUCCEEDED or FAILED (every ~10 s; here the clock moves).
     * Answers the type of the operation it saw finish.
     */
    private String poll(String clusterId, String type) throws IOException {
        for (int look = 0; look < 10; look++) {
            JsonNode ops = croud("GET", "/api/v2/clusters/" + clusterId + "/operations/?type=" + type + "&limit=1", null, 200)
                    .get("operations");
            assertEquals(1, ops.size(), "limit 1: " + ops);
            JsonNode op = ops.get(0);
            assertEquals(type, op.get("type").asText(), "type filters: " + ops);
            String status = op.get("status").asText();
            assertFalse(status.equals("FAILED"), op.toString());
            if (status.equals("SUCCEEDED")) {
                return op.get("type").asText();
            }
            clock.advance(Duration.ofSeconds(10));
        }
        throw new AssertionError(type + " never finished");
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
