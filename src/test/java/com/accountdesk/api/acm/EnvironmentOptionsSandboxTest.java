package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an environment offers (versions, zones, Keepers) and the launch fields that use them, through
 * the published paths over real HTTP against the sandbox: each call, and each refusal the sandbox
 * makes with the wizard's own rules.
 */
class EnvironmentOptionsSandboxTest {
    private static final String KEY = "test-key-0123456789";
    private SandboxServer sandbox;
    private AcmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(KEY),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void versionsZonesAndKeepersOfEachEnvironment() throws Exception {
        List<ClickHouseVersion> versions = client.versions("101", "kubernetes");
        assertEquals(5, versions.size());
        assertEquals(new ClickHouseVersion("23.8.16.43.altinitystable", "[EOL] 23.8 Altinity Stable",
                ClickHouseVersion.Stream.ALTINITY_STABLE, true), versions.get(4));
        assertEquals(ClickHouseVersion.Stream.ALTINITY_ANTALYA, versions.get(2).stream());
        assertEquals(ClickHouseVersion.Stream.UPSTREAM, versions.get(3).stream());

        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"), client.zones("101", "kubernetes"));
        assertEquals(List.of(), client.zones("102", null));

        assertEquals(List.of(new Keeper("shared-keeper", "m6i.large", "altinity/clickhouse-keeper:25.3", true)),
                client.keepers("101"));
        assertEquals(List.of(), client.keepers("102"));
    }

    @Test
    void anUnknownEnvironmentIs404ForEveryList() {
        for (var call : List.<org.junit.jupiter.api.function.Executable>of(() -> client.versions("999", "kubernetes"),
                () -> client.zones("999", "kubernetes"), () -> client.keepers("999"))) {
            ApiException e = assertThrows(ApiException.class, call);
            assertEquals(ApiException.Kind.NOT_FOUND, e.kind());
        }
    }

    private static LaunchRequest request(String name, String zookeeper, LaunchRequest.Extras extras) {
        return new LaunchRequest(name, "admin", Secret.of("s3cret-pass"), "25.3.6.10034.altinitystable", "m6i.large",
                1, 2, 2, 100, true, 8443, 9440, zookeeper,
                zookeeper.isEmpty() ? null : new LaunchRequest.ZookeeperOptions("", LaunchRequest.ZookeeperOptions.SINGLE),
                LaunchRequest.ROLE_DEVELOPMENT, extras);
    }

    private static LaunchRequest.Extras extras(String keeper, LaunchRequest.Uptime uptime, List<String> ips, int mysqlPort,
                                               List<String> zones) {
        return new LaunchRequest.Extras(keeper, uptime, ips, "ingress", mysqlPort, zones);
    }

    @Test
    void aLaunchWithEveryWizardFieldIsAccepted() throws Exception {
        client.launchCluster("101", request("everything", "", extras("shared-keeper",
                new LaunchRequest.Uptime(LaunchRequest.Uptime.Mode.SCHEDULE, 0, "20:00", "08:00"),
                List.of("203.0.113.0/24", "2001:db8::/32", "198.51.100.7"), 9004, List.of("us-east-1a", "us-east-1b"))));
        client.launchCluster("101", request("idle-stop", "launch", extras("",
                new LaunchRequest.Uptime(LaunchRequest.Uptime.Mode.STOP_WHEN_INACTIVE, 4, "", ""), List.of(), 0, List.of())));
        assertEquals(2, client.clusters("101").size());
    }

    @Test
    void eachRuleBrokenIsRefusedNamingItsField() {
        LaunchRequest.Uptime always = LaunchRequest.Uptime.ALWAYS;
        assertRefused("keeperName", "no Keeper named other-keeper",
                request("a", "", extras("other-keeper", always, List.of(), 0, List.of())));
        assertRefused("keeperName", "not both",
                request("b", "launch", extras("shared-keeper", always, List.of(), 0, List.of())));
        assertRefused("azlist", "no zone us-west-2a",
                request("c", "", extras("", always, List.of(), 0, List.of("us-west-2a"))));
        assertRefused("ipWhitelist", "'10.0.0.0/33' has a prefix length out of range",
                request("d", "", extras("", always, List.of("10.0.0.0/33"), 0, List.of())));
        assertRefused("ipWhitelist", "'example.com' is not an IP address",
                request("e", "", extras("", always, List.of("example.com"), 0, List.of())));
        assertRefused("mysqlPort", "port 8443 is already the HTTPS or TCP port",
                request("f", "", extras("", always, List.of(), 8443, List.of())));
        assertRefused("uptimeSettings", "not 0",
                request("g", "", extras("", new LaunchRequest.Uptime(LaunchRequest.Uptime.Mode.STOP_WHEN_INACTIVE, 0, "", ""),
                        List.of(), 0, List.of())));
        assertRefused("uptimeSettings", "'25:00' is not a time",
                request("h", "", extras("", new LaunchRequest.Uptime(LaunchRequest.Uptime.Mode.SCHEDULE, 0, "25:00", "08:00"),
                        List.of(), 0, List.of())));
        assertRefused("azlist", "no zone us-east-1a",
                request("i", "", extras("", always, List.of(), 0, List.of("us-east-1a"))), "102");
    }

    private void assertRefused(String field, String words, LaunchRequest request) {
        assertRefused(field, words, request, "101");
    }

    private void assertRefused(String field, String words, LaunchRequest request, String environment) {
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster(environment, request));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind(), e.getMessage());
        assertEquals(field, e.field().orElse(null), e.getMessage());
        assertTrue(e.serverMessage().contains(words), e.serverMessage());
    }

    @Test
    void anUptimeValueTheSandboxDoesNotKnowIsRefused() throws Exception {
        String body = "{\"name\":\"odd\",\"role\":\"dev\",\"nodeType\":\"m6i.large\",\"nodes\":\"1\",\"shards\":\"1\","
                + "\"replicas\":\"1\",\"size\":100,\"secure\":1,\"httpPort\":8443,\"port\":9440,\"zookeeper\":\"\","
                + "\"uptime\":\"sometimes\",\"uptimeSettings\":{}}";
        Request post = new Request.Builder().url(sandbox.acmBaseUrl() + "environment/101/clusters/launch")
                .header("X-Auth-Token", KEY)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response answer = new OkHttpClient().newCall(post).execute()) {
            assertEquals(400, answer.code());
            assertTrue(answer.body().string().contains("\"field\":\"uptime\""));
        }
        assertEquals(List.of(), client.clusters("101"), "nothing launched");
    }

    @Test
    void aNodeTypeTheEnvironmentDoesNotListIsRefusedAndNothingLaunches() throws Exception {
        LaunchRequest unknown = new LaunchRequest("odd-type", "admin", Secret.of("s3cret-pass"), "", "no-such-node-type",
                1, 2, 2, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT);
        assertRefused("nodeType", "no-such-node-type is not a node type of this environment", unknown);
        LaunchRequest otherCloud = new LaunchRequest("gcp-type", "admin", Secret.of("s3cret-pass"), "", "n2d-standard-2",
                1, 2, 2, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT);
        assertRefused("nodeType", "n2d-standard-2 is not a node type of this environment", otherCloud);
        assertEquals(List.of(), client.clusters("101"), "nothing launched");
        client.launchCluster("102", otherCloud);
        assertEquals(1, client.clusters("102").size(), "the type its own environment lists is accepted");
    }

    @Test
    void aStorageClassIsAcceptedOnlyWhereTheEnvironmentOffersIt() throws Exception {
        LaunchRequest.Extras gp3 = LaunchRequest.Extras.NONE.withStorageClass("gp3-encrypted");
        client.launchCluster("101", request("storage-ok", "", gp3));
        assertTrue(client.clusters("101").stream().anyMatch(c -> c.name().equals("storage-ok")));
        assertRefused("storageClass", "offers no storage class gp3-encrypted", request("storage-gcp", "", gp3), "102");
        assertRefused("storageClass", "offers no storage class standard",
                request("storage-bad", "", LaunchRequest.Extras.NONE.withStorageClass("standard")));
    }
}
