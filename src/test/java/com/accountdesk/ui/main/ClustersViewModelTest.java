package com.accountdesk.ui.main;

import com.accountdesk.testing.HeldBackground;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterConnection;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Clusters pane's looks, without a window: the sandbox over real HTTP, the work on the test's
 * thread, and a timer the test fires by hand, so every step of the polling is the test's to take.
 */
class ClustersViewModelTest {
    private static final String KEY = "test-key-0123456789";
    private static final Environment GCP = new Environment("102", DemoAccount.ENVIRONMENT_GCP, "kubernetes", "", Instant.EPOCH);

    private SandboxServer sandbox;
    private AcmClient client;
    private final ManualPollTimer timer = new ManualPollTimer();
    /** Looks at the GCP environment's list that reached the server. */
    private final AtomicInteger listLooks = new AtomicInteger();
    private Runnable stopListening = () -> { };

    private void startSandbox(Duration operations) throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY).withProvisioningDelay(operations));
        client = client(KEY);
        stopListening = ExchangeTap.listen(x -> {
            if (x.method().equals("GET") && x.path().equals("/environment/102/clusters")) {
                listLooks.incrementAndGet();
            }
        });
    }

    private AcmClient client(String key) throws Exception {
        return new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(key),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
    }

    @AfterEach
    void stop() {
        stopListening.run();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Cluster launch(String name) throws Exception {
        return SandboxClusters.launchSmall(client, name);
    }

    private static List<String> names(ClustersViewModel vm) {
        return vm.clusters().stream().map(Cluster::name).toList();
    }

    @Test
    void anOperationUnderWayIsWatchedEveryFewSecondsWithItsProgress() throws Exception {
        startSandbox(Duration.ofSeconds(30));
        Cluster c = launch("busy-cluster");
        ClustersViewModel vm = new ClustersViewModel(client, Background.callingThread(), timer);

        vm.show(GCP);
        assertTrue(names(vm).contains("busy-cluster"), names(vm).toString());
        ClusterStatus status = vm.statuses().get(c.id());
        assertNotNull(status, "the status of a cluster on its way up is read");
        assertFalse(status.idle());
        assertTrue(ClustersViewModel.progress(status).startsWith("Launch "), ClustersViewModel.progress(status));
        assertTrue(vm.pollingProperty().get());
        assertEquals(PollPlan.ACTIVE, timer.pause);
        assertEquals(PollPlan.ACTIVE, vm.nextLookProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertEquals(1, listLooks.get());

        timer.fire();
        assertEquals(2, listLooks.get(), "the planned look asks again");
        assertEquals(PollPlan.ACTIVE, timer.pause, "and plans the one after");
    }

    @Test
    void quietClustersAreLookedAtEvery15sAndStoppedOnesNotAtAll() throws Exception {
        startSandbox(Duration.ZERO);
        Cluster c = launch("quiet");
        ClustersViewModel vm = new ClustersViewModel(client, Background.callingThread(), timer);

        vm.show(GCP);
        assertEquals(PollPlan.IDLE, timer.pause);
        assertFalse(vm.pollingProperty().get());

        client.stopCluster(c.id());
        timer.fire();
        assertEquals("stopped", vm.clusters().get(0).status());
        assertFalse(timer.planned(), "every cluster stopped: nothing to watch");
        assertNull(vm.nextLookProperty().get());
        assertNull(vm.statuses().get(c.id()), "a stopped cluster's status is not asked");

        vm.refresh();
        assertEquals(3, listLooks.get(), "Refresh always looks");
    }

    @Test
    void aLateAnswerNeverOverwritesANewerOne() throws Exception {
        startSandbox(Duration.ZERO);
        launch("first");
        HeldBackground held = new HeldBackground();
        ClustersViewModel vm = new ClustersViewModel(client, held, timer);

        vm.show(GCP);        // the periodic look: it will be slow to answer
        launch("second");
        vm.refresh();        // a newer look that sees the new cluster
        assertEquals(2, held.asked());

        held.release(2);
        assertEquals(List.of("first", "second"), names(vm));
        assertTrue(timer.planned());
        timer.cancel();

        held.release(1);     // the older answer arrives last
        assertEquals(List.of("first", "second"), names(vm), "the newer answer stays shown");
        assertFalse(timer.planned(), "only the latest look plans the next");
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void anAnswerForAnEnvironmentNoLongerShownIsDropped() throws Exception {
        startSandbox(Duration.ZERO);
        launch("in-gcp");
        HeldBackground held = new HeldBackground();
        ClustersViewModel vm = new ClustersViewModel(client, held, timer);

        vm.show(GCP);
        vm.show(null);
        held.release(1);
        assertEquals(List.of(), names(vm));
        assertFalse(timer.planned());
    }

    @Test
    void nothingIsAskedWhileHiddenAndOneLookWhenShownAgain() throws Exception {
        startSandbox(Duration.ofSeconds(30));
        launch("watched");
        ClustersViewModel vm = new ClustersViewModel(client, Background.callingThread(), timer);
        vm.show(GCP);
        assertTrue(timer.planned());

        vm.visibleProperty().set(false);
        assertFalse(timer.planned(), "hidden: the planned look is dropped");
        assertNull(vm.nextLookProperty().get());
        assertFalse(vm.pollingProperty().get());
        assertEquals(1, listLooks.get());

        vm.visibleProperty().set(true);
        assertEquals(2, listLooks.get(), "shown again: one look at once");
        assertEquals(PollPlan.ACTIVE, timer.pause);

        vm.stop();
        assertFalse(timer.planned(), "stopped: nothing more");
    }

    @Test
    void failedLooksSaySoAndBackOff() throws Exception {
        startSandbox(Duration.ZERO);
        ClustersViewModel vm = new ClustersViewModel(client("not-a-key-of-this-account"), Background.callingThread(), timer);

        vm.show(GCP);
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(Duration.ofSeconds(15), timer.pause);
        timer.fire();
        assertEquals(Duration.ofSeconds(30), timer.pause, "the pause doubles after each failure");
        timer.fire();
        assertEquals(Duration.ofSeconds(60), timer.pause);
    }

    /**
     * A server whose cluster comes up when the test says, and whose status call can be made to
     * fail: the sandbox's clock would need waiting for.
     */
    @Test
    void aClusterThatComesUpIsToldOnceAndAStatusThatCannotBeReadKeepsTheLastOne() throws Exception {
        AtomicReference<String> state = new AtomicReference<>("provisioning");
        AtomicBoolean statusFails = new AtomicBoolean();
        try (FixedServer acm = FixedServer.byRequest((n, seen) -> {
            if (seen.path().endsWith("/environment/102/clusters")) {
                return FixedServer.Answer.json(200, "{\"data\": [{\"id\": \"7\", \"name\": \"rising\", \"status\": \""
                        + state.get() + "\", \"nodes\": \"1\", \"shards\": \"1\", \"replicas\": \"1\"}]}");
            }
            if (seen.path().endsWith("/cluster/7/status") && !statusFails.get()) {
                return FixedServer.Answer.json(200, "{\"data\": {\"action\": \"Launch\", \"actionProgress\": {\"percent\": 40},"
                        + " \"health\": {\"total\": 1, \"passed\": 0}}}");
            }
            return FixedServer.Answer.json(503, "{\"error\": \"unavailable\", \"code\": 503}");
        })) {
            AcmClient direct = new AcmClient(Endpoints.parseBase(acm.baseUrl()), Secret.of(KEY),
                    new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
            ClustersViewModel vm = new ClustersViewModel(direct, Background.callingThread(), timer);
            List<Cluster> told = new ArrayList<>();
            vm.onBecameRunning(told::add);

            vm.show(GCP);
            assertEquals("Launch 40% · health 0/1", ClustersViewModel.progress(vm.statuses().get("7")));
            assertTrue(told.isEmpty());

            statusFails.set(true);
            timer.fire();
            assertEquals("Launch 40% · health 0/1", ClustersViewModel.progress(vm.statuses().get("7")),
                    "a status that cannot be read keeps the last one");
            assertEquals("", vm.errorProperty().get(), "the list was read: the look succeeded");

            state.set("online");
            timer.fire();
            assertEquals(List.of("rising"), told.stream().map(Cluster::name).toList(), "told when it comes up");
            timer.fire();
            assertEquals(1, told.size(), "and only once");
        }
    }

    /** Host and ports as ACM reports them in the list ({@code endpoint}, {@code endpointHTTP}, {@code secure}). */
    @Test
    void connectionDetailsComeFromWhatTheListReports() throws Exception {
        startSandbox(Duration.ZERO);
        launch("tls-on");
        client.launchCluster("102", new LaunchRequest("tls-off", "admin", Secret.of("s3cret-pass"), "",
                "n2d-standard-2", 1, 1, 1, 100, false, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
        ClustersViewModel vm = new ClustersViewModel(client, Background.callingThread(), timer);
        vm.show(GCP);

        ClusterConnection tls = ClusterConnection.of(vm.clusters().stream().filter(c -> c.name().equals("tls-on")).findFirst().orElseThrow());
        assertEquals("tls-on.demo-gcp.sandbox.altinity.cloud", tls.host());
        assertEquals("native protocol 9440 (TLS) · HTTPS 8443", ClustersViewModel.ports(tls));
        ClusterConnection plain = ClusterConnection.of(vm.clusters().stream().filter(c -> c.name().equals("tls-off")).findFirst().orElseThrow());
        assertEquals("native protocol 9000 · HTTP 8123", ClustersViewModel.ports(plain));
        assertEquals("http://admin@tls-off.demo-gcp.sandbox.altinity.cloud:8123", plain.httpUrl("admin"));
    }

    @Test
    void progressTopologyAndPortsInWords() {
        assertEquals("Stop 40% · health 1/2", ClustersViewModel.progress(new ClusterStatus("Stop", 40, 1, 2)));
        assertEquals("Upgrade", ClustersViewModel.progress(new ClusterStatus("Upgrade", null, null, null)));
        assertEquals("Stop, finishing · health 1/2", ClustersViewModel.progress(new ClusterStatus("Stop", 100, 1, 2)),
                "ACM reads 100% while still working: done only when the action is Completed");
        assertEquals("Stop, finishing", ClustersViewModel.progress(new ClusterStatus("Stop", 140, null, null)));
        assertEquals("Stop 0%", ClustersViewModel.progress(new ClusterStatus("Stop", -5, null, null)));
        assertEquals("health 2/2", ClustersViewModel.progress(new ClusterStatus("Completed", 100, 2, 2)));
        assertEquals("health ?/3", ClustersViewModel.progress(new ClusterStatus(null, null, null, 3)));
        assertEquals("", ClustersViewModel.progress(null));
        assertEquals("4 nodes: 2 × 2", ClustersViewModel.topology(new Cluster("1", "a", "online", "102", 4, 2, 2)));
        assertEquals("1 node: 1 × 1", ClustersViewModel.topology(new Cluster("1", "a", "online", "102", 1, 1, 1)));
        assertEquals("native protocol 9440 (TLS) · HTTPS 8443",
                ClustersViewModel.ports(new ClusterConnection("h", 9440, 8443, true)));
        assertEquals("native protocol 9000 · HTTP 8123",
                ClustersViewModel.ports(new ClusterConnection("h", 9000, 8123, false)));
    }

    @Test
    void theLatestBackupIsShownOnlyWhereTheAnswerCarriesIt() {
        Cluster none = new Cluster("1", "a", "online", "102", 1, 1, 1);
        assertEquals("", ClustersViewModel.latestBackup(none, java.time.ZoneOffset.UTC), "absent: nothing, not \"no backup\"");
        Cluster backedUp = new Cluster("1", "a", "online", "102", 1, 1, 1, true, "h", "", "", false, false, 0, "",
                Instant.parse("2026-12-06T10:00:00Z"));
        assertEquals("2026-12-06 10:00 UTC", ClustersViewModel.latestBackup(backedUp, java.time.ZoneOffset.UTC));
        String berlin = ClustersViewModel.latestBackup(backedUp, java.time.ZoneId.of("Europe/Berlin"));
        assertTrue(berlin.startsWith("2026-12-06 10:00 UTC · local 2026-12-06 11:00"), "one line: " + berlin);
        assertEquals("", ClustersViewModel.latestBackup(null, java.time.ZoneOffset.UTC));
    }

    @Test
    void aClusterSpeakingMysqlShowsItsPortAndAMysqlCommand() throws Exception {
        startSandbox(Duration.ofMillis(1));
        client.launchCluster("102", new LaunchRequest("with-mysql", "admin", Secret.of("s3cret-pass"), "",
                "n2d-standard-2", 1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT,
                new LaunchRequest.Extras("", LaunchRequest.Uptime.ALWAYS, List.of(), "", 9004, List.of())));
        launch("no-mysql");
        ClustersViewModel vm = new ClustersViewModel(client, Background.callingThread(), timer);
        vm.show(GCP);

        ClusterConnection mysql = ClusterConnection.of(shown(vm, "with-mysql"));
        assertEquals("native protocol 9440 (TLS) · HTTPS 8443 · MySQL 9004", ClustersViewModel.ports(mysql));
        assertEquals("mysql --host with-mysql." + mysql.host().substring("with-mysql.".length()) + " --port 9004 --user admin --password",
                mysql.mysqlClientCommand("admin").orElseThrow());
        assertFalse(mysql.mysqlClientCommand("admin").orElseThrow().contains("s3cret-pass"));
        ClusterConnection plain = ClusterConnection.of(shown(vm, "no-mysql"));
        assertFalse(plain.hasMysql());
        assertEquals("native protocol 9440 (TLS) · HTTPS 8443", ClustersViewModel.ports(plain));
    }

    @Test
    void aHostThatIsNotAHostNameSaysWhyNoCommandIsOffered() {
        ClusterConnection hostile = new ClusterConnection("x.example;touch${IFS}PWNED;#\u202Egnp.exe", 9440, 8443, true, 9004);
        String hint = ClustersViewModel.connectionHint(hostile);
        assertTrue(hint.startsWith("The server names this cluster's host as \"x.example;touch${IFS}PWNED;#gnp.exe\""), hint);
        assertTrue(hint.contains("not a host name or an IP address, so no command or URL is offered"), hint);
        assertTrue(hostile.clickhouseClientCommand("admin").isEmpty() && hostile.mysqlClientCommand("admin").isEmpty());
        assertTrue(ClustersViewModel.connectionHint(new ClusterConnection("h.example", 9440, 8443, true))
                .startsWith("No copy holds a password"));
    }

    private static Cluster shown(ClustersViewModel vm, String name) {
        return vm.clusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
