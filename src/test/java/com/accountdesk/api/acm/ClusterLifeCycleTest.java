package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster's life cycle through the published paths, over real HTTP against the sandbox:
 * status with progress, stop, resume, restart, rescale, upgrade, terminate, and each refusal.
 */
class ClusterLifeCycleTest {
    private static final Duration OPERATION = Duration.ofMillis(600);
    private SandboxServer sandbox;
    private AcmClient client;
    private HttpTransport http;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789")
                .withProvisioningDelay(OPERATION));
        // One try for reads too, so a busy answer reaches the test as it is.
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"), http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Cluster launch(String name) throws ApiException {
        return client.launchCluster("102", new LaunchRequest(name, "admin", Secret.of("s3cret-pass"), "24.8.14.10459",
                "n2d-standard-2", 1, 2, 2, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
    }

    private Cluster listed(String id) throws ApiException {
        return client.clusters("102").stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private void idle(String id) {
        waitFor(() -> client.clusterStatus(id).idle());
    }

    private static void waitFor(Callable<Boolean> condition) {
        Wait.until("the operation to finish", Duration.ofSeconds(10), condition);
    }

    @Test
    void statusReportsTheLaunchWithProgressThenCompleted() throws Exception {
        Cluster c = launch("progress");
        ClusterStatus during = client.clusterStatus(c.id());
        assertEquals("Launch", during.action());
        assertFalse(during.idle());
        assertNotNull(during.percent());
        assertTrue(during.percent() >= 0 && during.percent() < 100, "percent " + during.percent());
        assertEquals(2, during.healthTotal());
        idle(c.id());
        ClusterStatus after = client.clusterStatus(c.id());
        assertEquals(ClusterStatus.COMPLETED, after.action());
        assertEquals(100, after.percent());
        assertEquals(2, after.healthPassed());
        Cluster shown = listed(c.id());
        assertEquals("online", shown.status());
        assertEquals("progress.demo-gcp.sandbox.altinity.cloud", shown.endpoint());
        assertTrue(shown.secure());
        assertEquals("24.8.14.10459", shown.version());
    }

    @Test
    void stopResumeRestartUpgradeAndTerminate() throws Exception {
        Cluster c = launch("life");
        idle(c.id());

        client.stopCluster(c.id());
        assertEquals("stopping", listed(c.id()).status());
        idle(c.id());
        assertEquals("stopped", listed(c.id()).status());
        assertEquals(0, client.clusterStatus(c.id()).healthPassed());
        ApiException notRunning = assertThrows(ApiException.class, () -> client.restartCluster(c.id()));
        assertEquals(ApiException.Kind.INVALID_INPUT, notRunning.kind());

        client.resumeCluster(c.id());
        assertEquals("resuming", listed(c.id()).status());
        idle(c.id());
        assertEquals("online", listed(c.id()).status());

        client.restartCluster(c.id());
        assertEquals("restarting", listed(c.id()).status());
        idle(c.id());

        client.upgradeCluster(c.id(), "25.3.6.10034");
        idle(c.id());
        assertEquals("25.3.6.10034", listed(c.id()).version());

        client.terminateCluster(c.id(), true);
        assertEquals(null, listed(c.id()), "a terminated cluster leaves the environment's list");
    }

    @Test
    void rescaleChangesTheCountsAndRefusesAnUnknownNodeType() throws Exception {
        Cluster c = launch("scale");
        idle(c.id());
        ApiException unknown = assertThrows(ApiException.class, () -> client.rescaleCluster(c.id(), "m6i.large", 2, 2));
        assertEquals(ApiException.Kind.INVALID_INPUT, unknown.kind());
        assertEquals(400, unknown.status());
        assertEquals("nodeType", unknown.field().orElseThrow());

        client.rescaleCluster(c.id(), "n2d-standard-4", 2, 3);
        Cluster rescaled = listed(c.id());
        assertEquals("rescaling", rescaled.status());
        assertEquals(2, rescaled.shards());
        assertEquals(3, rescaled.replicas());
        assertEquals(6, rescaled.nodes());
        assertEquals("Rescale", client.clusterStatus(c.id()).action());
    }

    @Test
    void anotherOperationInProgressIsBusyAndChangesNothing() throws Exception {
        Cluster c = launch("busy");
        // Still provisioning: every change is refused with ACM's words, in an HTTP 200.
        ApiException stop = assertThrows(ApiException.class, () -> client.stopCluster(c.id()));
        assertEquals(ApiException.Kind.BUSY, stop.kind());
        ApiException terminate = assertThrows(ApiException.class, () -> client.terminateCluster(c.id(), false));
        assertEquals(ApiException.Kind.BUSY, terminate.kind());
        assertNotNull(listed(c.id()), "a busy refusal terminated nothing");
        idle(c.id());
        assertEquals("online", listed(c.id()).status());
        client.terminateCluster(c.id(), false);
        assertEquals(null, listed(c.id()));
    }

    @Test
    void aStatusOfAnUnknownClusterIsNotFound() {
        assertEquals(ApiException.Kind.NOT_FOUND,
                assertThrows(ApiException.class, () -> client.clusterStatus("999999")).kind());
    }
}
