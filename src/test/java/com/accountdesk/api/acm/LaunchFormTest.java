package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.FixedServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launch reaches ACM 26.1.59's path with its body, and falls back once, only after an answer
 * that proves nothing was launched: a server that predates the path, one that wants a boolean
 * {@code secure}. Never two clusters.
 */
class LaunchFormTest {
    private static final String KEY = "launch-form-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxServer sandbox;
    private HttpTransport http;
    private AcmClient client;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private Runnable stopListening;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY));
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(KEY), http);
        stopListening = ExchangeTap.listen(x -> {
            if (x.method().equals("POST")) {
                paths.add(x.path() + " " + x.status());
            }
        });
    }

    @AfterEach
    void stop() {
        stopListening.run();
        sandbox.close();
    }

    private static LaunchRequest request(String name) {
        return new LaunchRequest(name, "admin", Secret.of("Admin-pass-0123"), "24.8", "m6i.large", 2, 2, 4, 100,
                true, 8443, 9440, "launch", new LaunchRequest.ZookeeperOptions("", "ensemble"), LaunchRequest.ROLE_PRODUCTION);
    }

    private int clusters() {
        return sandbox.state().read(d -> d.clusters.size());
    }

    @Test
    void aCurrentServerGetsThePublishedPathAndBodyOnce() throws Exception {
        Cluster c = client.launchCluster("101", request("published"));
        assertEquals("published", c.name());
        assertEquals(List.of("/environment/101/clusters/launch 200"), paths);
        JsonNode got = sandbox.state().read(d -> d.clusters.get(0).request);
        assertEquals("\"4\"", got.get("nodes").toString(), "counts are strings, as 26.1.59 types them");
        assertEquals("\"2\"", got.get("shards").toString());
        assertEquals("1", got.get("secure").toString(), "secure is 0/1");
        assertEquals("m6i.large", got.get("nodeType").asText());
        assertEquals(8443, got.get("httpPort").asInt());
        assertEquals(9440, got.get("port").asInt());
        assertEquals("prod", got.get("role").asText());
        assertEquals("admin", got.get("adminUser").asText());
        assertTrue(!got.has("instanceType") && !got.has("https_port") && !got.has("tcp_port_secure"), got.toString());
        assertEquals(LaunchForm.PUBLISHED, client.launchForm());
    }

    @Test
    void aServerThatOnlyKnowsTheGuidesPathGetsTheGuidesBodyAfterA404AndKeepsGettingIt() throws Exception {
        sandbox.dialect(SandboxOptions.Dialect.PUBLISHED.withGuideLaunchOnly(true));
        client.launchCluster("101", request("old-server"));
        assertEquals(List.of("/environment/101/clusters/launch 404", "/101/cluster-launch 200"), paths);
        assertEquals(1, clusters());
        JsonNode got = sandbox.state().read(d -> d.clusters.get(0).request);
        assertEquals(4, got.get("nodes").asInt());
        assertTrue(got.get("nodes").isInt() && got.get("secure").isBoolean() && got.has("instanceType")
                && got.has("https_port") && got.has("tcp_port_secure"), "the guide's field names and types: " + got);
        assertEquals(LaunchForm.GUIDE, client.launchForm());
        assertTrue(client.launchUrl("101").toString().endsWith("/api/101/cluster-launch"), "Copy as curl says where it goes");

        paths.clear();
        client.launchCluster("101", request("second"));
        assertEquals(List.of("/101/cluster-launch 200"), paths, "the form that worked is remembered");
        assertEquals(2, clusters());
    }

    @Test
    void aSandboxThatWantsABooleanSecureGetsItAfterA400AndTheJudgeSeesIt() throws Exception {
        // The form live clients report the backend wants goes through the sandbox, so the published
        // description judges it (deviation acm.launch-boolean-secure), not only a hand-written server.
        sandbox.dialect(SandboxOptions.Dialect.PUBLISHED.withBooleanSecureOnly(true));
        client.launchCluster("101", request("boolean-secure"));
        assertEquals(List.of("/environment/101/clusters/launch 400", "/environment/101/clusters/launch 200"), paths);
        assertEquals(LaunchForm.PUBLISHED_BOOLEAN_SECURE, client.launchForm());
        JsonNode got = sandbox.state().read(d -> d.clusters.get(0).request);
        assertTrue(got.get("secure").isBoolean() && got.get("secure").booleanValue(), got.toString());
        assertEquals(2, sandbox.launchRequests(), "the refused one counts too");
    }

    @Test
    void theAltinityApiGuidesCurlStillLaunchesAtItsPath() throws Exception {
        String guideExample = """
                {"name":"api-test","adminUser":"admin","adminPass":"Admin-pass-0123","instanceType":"m6i.large",
                 "nodes":2,"shards":1,"replicas":2,"size":100,"secure":true,"https_port":8443,"tcp_port_secure":9440,
                 "version":"","zookeeper":"launch","zookeeperOptions":{"tag":"","size":"single"}}""";
        okhttp3.Request curl = new okhttp3.Request.Builder().url(sandbox.acmBaseUrl() + "101/cluster-launch")
                .header("X-Auth-Token", KEY).header("User-Agent", "curl/8.5.0")
                .post(okhttp3.RequestBody.create(guideExample, okhttp3.MediaType.get("application/json"))).build();
        try (okhttp3.Response answer = http.okHttp().newCall(curl).execute()) {
            assertEquals(200, answer.code());
            JsonNode body = JSON.readTree(answer.body().string());
            assertEquals("api-test", body.path("data").path("name").asText());
            assertTrue(body.path("metadata").path("changed").asBoolean(), "the guide's answer shape");
        }
        assertEquals(1, clusters());
    }

    @Test
    void anUnknownEnvironmentIsReportedAndTheFormIsKept() {
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster("999", request("nowhere")));
        assertEquals(ApiException.Kind.NOT_FOUND, e.kind());
        assertEquals(0, clusters());
        assertEquals(LaunchForm.PUBLISHED, client.launchForm(), "a 404 at both paths says nothing about the server");
    }

    @Test
    void aRefusalOfAFieldIsNotSentAgain() {
        LaunchRequest bad = new LaunchRequest("bad-version", "admin", Secret.of("Admin-pass-0123"), "not a tag", "m6i.large",
                1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT);
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster("101", bad));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
        assertEquals("version", e.field().orElseThrow());
        assertEquals(List.of("/environment/101/clusters/launch 400"), paths);
        assertEquals(1, sandbox.launchRequests());
    }

    @Test
    void aServerThatWantsABooleanSecureGetsItOnceAndKeepsGettingIt() throws Exception {
        try (FixedServer server = FixedServer.byRequest((n, seen) -> {
            JsonNode body = read(seen.body());
            return body.get("secure").isBoolean()
                    ? FixedServer.Answer.json(200, "{\"data\":{\"id\":\"7\",\"name\":\"" + body.get("name").asText() + "\"}}")
                    : FixedServer.Answer.json(400, "{\"error\":\"secure must be a boolean\",\"code\":400}");
        })) {
            AcmClient c = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of(KEY), http);
            assertEquals("7", c.launchCluster("5", request("bool")).id());
            assertEquals(2, server.seen().size());
            assertEquals("1", read(server.seen().get(0).body()).get("secure").toString());
            assertEquals("true", read(server.seen().get(1).body()).get("secure").toString());
            assertEquals(LaunchForm.PUBLISHED_BOOLEAN_SECURE, c.launchForm());
            c.launchCluster("5", request("bool-2"));
            assertEquals(3, server.seen().size(), "no 0/1 try first any more");
        }
    }

    @Test
    void aServerErrorOrALostAnswerIsNeverFollowedByAnotherLaunch() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(500, "{\"error\":\"boom\",\"code\":500}"))) {
            AcmClient c = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of(KEY), http);
            assertThrows(ApiException.class, () -> c.launchCluster("5", request("once")));
            assertEquals(1, server.seen().size());
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theWizardsExtraFieldsGoUnder26159sNamesAndTypesOnlyWhenChosen() throws Exception {
        LaunchRequest base = request("extras");
        JsonNode plain = JSON.valueToTree(LaunchForm.PUBLISHED.body(base));
        for (String absent : List.of("keeperName", "ipWhitelist", "lbType", "mysqlProtocol", "mysqlPort", "azlist",
                "uptime", "uptimeSettings", "timezone")) {
            assertTrue(!plain.has(absent), absent + " is not sent unless chosen");
        }
        LaunchRequest chosen = new LaunchRequest(base.name(), base.adminUser(), base.adminPass(), base.version(), base.nodeType(),
                base.shards(), base.replicas(), base.nodes(), base.sizeGb(), base.secure(), base.httpsPort(), base.tcpPortSecure(),
                "", null, base.role(), new LaunchRequest.Extras("shared-keeper",
                new LaunchRequest.Uptime(LaunchRequest.Uptime.Mode.SCHEDULE, 0, "20:00", "08:00"),
                List.of("203.0.113.0/24", "2001:db8::/32"), "ingress", 9004, List.of("us-east-1a")));
        JsonNode body = JSON.valueToTree(LaunchForm.PUBLISHED.body(chosen));
        assertEquals("shared-keeper", body.get("keeperName").asText());
        assertEquals("203.0.113.0/24,2001:db8::/32", body.get("ipWhitelist").asText(), "one string, as 26.1.59 types it");
        assertEquals("ingress", body.get("lbType").asText());
        assertEquals(1, body.get("mysqlProtocol").intValue());
        assertEquals(9004, body.get("mysqlPort").intValue());
        assertEquals("[\"us-east-1a\"]", body.get("azlist").toString());
        assertEquals("schedule", body.get("uptime").asText());
        assertEquals("{\"stopAt\":\"20:00\",\"startAt\":\"08:00\"}", body.get("uptimeSettings").toString());
        assertEquals("UTC", body.get("timezone").asText());
        assertTrue(JSON.valueToTree(LaunchForm.PUBLISHED_BOOLEAN_SECURE.body(chosen)).get("mysqlProtocol").isBoolean(),
                "the boolean form sends the MySQL flag as a boolean too");
        JsonNode guide = JSON.valueToTree(LaunchForm.GUIDE.body(chosen));
        assertTrue(!guide.has("keeperName") && !guide.has("ipWhitelist"), "the guide's body has none of them");
    }

    @Test
    void aStorageClassGoesAsA26159StringAndNeverInTheGuidesBody() throws Exception {
        LaunchRequest base = request("storage");
        assertTrue(!JSON.valueToTree(LaunchForm.PUBLISHED.body(base)).has("storageClass"),
                "the environment's default sends no storageClass");
        LaunchRequest chosen = new LaunchRequest(base.name(), base.adminUser(), base.adminPass(), base.version(), base.nodeType(),
                base.shards(), base.replicas(), base.nodes(), base.sizeGb(), base.secure(), base.httpsPort(), base.tcpPortSecure(),
                base.zookeeper(), base.zookeeperOptions(), base.role(), LaunchRequest.Extras.NONE.withStorageClass("gp3-encrypted"));
        for (LaunchForm form : List.of(LaunchForm.PUBLISHED, LaunchForm.PUBLISHED_BOOLEAN_SECURE)) {
            JsonNode body = JSON.valueToTree(form.body(chosen));
            assertTrue(body.get("storageClass").isTextual(), form + ": a string, as 26.1.59 types it");
            assertEquals("gp3-encrypted", body.get("storageClass").asText());
        }
        assertTrue(!JSON.valueToTree(LaunchForm.GUIDE.body(chosen)).has("storageClass"), "the guide's body has no storage class");
    }
}
