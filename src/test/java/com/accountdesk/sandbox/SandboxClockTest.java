package com.accountdesk.sandbox;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's time-bound rules, checked by moving its clock instead of waiting. */
class SandboxClockTest {
    private static final String KEY = "clock-test-key-0123456789";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    // One try per call: a refusal reaches the test as it is.
    private final HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5)));

    private AcmClient acm(SandboxServer sandbox) throws Exception {
        return new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(KEY), http);
    }

    private CrateCloudClient crate(SandboxServer sandbox, String key, Secret secret) throws Exception {
        return new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), key, secret, null, http);
    }

    @Test
    void theCommandLinesKeyExpiresAfterAYear() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY), clock)) {
            AcmClient client = acm(sandbox);
            clock.advance(Duration.ofDays(365).minusSeconds(1));
            assertEquals(2, client.environments().size());
            clock.advance(Duration.ofSeconds(1));
            ApiException e = assertThrows(ApiException.class, client::environments);
            assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
        }
    }

    @Test
    void aCrateKeyUnusedFor90DaysIsRemoved() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock)) {
            CrateCloudClient demo = crate(sandbox, DemoAccount.CRATE_KEY, Secret.of(DemoAccount.CRATE_SECRET));
            CreatedCrateKey created = demo.createKey();
            CrateCloudClient fresh = crate(sandbox, created.key().key(), created.secret());
            assertEquals(3, demo.keys().size(), "the demo key, the seeded idle one and the new one");

            clock.advance(Duration.ofDays(89));
            fresh.me(); // used: its 90 days start again
            assertEquals(2, demo.keys().size(), "the seeded key, idle 80 days at the start, is gone after 10 more");
            clock.advance(Duration.ofDays(89));
            assertEquals(DemoAccount.LOGIN, fresh.me().email());

            clock.advance(Duration.ofDays(90));
            ApiException e = assertThrows(ApiException.class, fresh::me);
            assertEquals(ApiException.Kind.UNAUTHORIZED, e.kind());
            boolean kept = sandbox.state().read(d -> d.crate.keys.stream().anyMatch(k -> k.key.equals(created.key().key())));
            assertFalse(kept, "the idle key is deleted, not just refused");
        }
    }

    @Test
    void aClusterOperationRunsForTheProvisioningDelayOfTheClock() throws Exception {
        Duration delay = Duration.ofMinutes(10);
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY)
                .withProvisioningDelay(delay), clock)) {
            AcmClient client = acm(sandbox);
            Cluster c = client.launchCluster("102", new LaunchRequest("timed", "admin", Secret.of("s3cret-pass"), "24.8.14.10459",
                    "n2d-standard-2", 1, 2, 2, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));

            clock.advance(delay.dividedBy(2));
            ClusterStatus half = client.clusterStatus(c.id());
            assertFalse(half.idle());
            assertEquals(50, half.percent());
            ApiException busy = assertThrows(ApiException.class, () -> client.stopCluster(c.id()));
            assertEquals(ApiException.Kind.BUSY, busy.kind());

            clock.advance(delay.dividedBy(2));
            ClusterStatus done = client.clusterStatus(c.id());
            assertTrue(done.idle());
            assertEquals(ClusterStatus.COMPLETED, done.action());
            client.stopCluster(c.id());
            assertEquals("stopping", client.clusters("102").stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().status());
            clock.advance(delay);
            assertEquals("stopped", client.clusters("102").stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().status());
        }
    }
}
