package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.SandboxClusters;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster's backups through the published paths against the sandbox, its clock moved by the test. */
class BackupsSandboxTest {
    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private final MovableClock clock = new MovableClock(START);
    private SandboxServer sandbox;
    private AcmClient client;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, ((SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http)).token(), http);
        cluster = SandboxClusters.launchSmall(client, "backed-up");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void backUpNowRunsThenIsListedWithTimeSizeAndStatus() throws Exception {
        assertEquals(List.of(), client.backups(cluster.id()));
        client.backUp(cluster.id());
        ClusterBackup running = client.backups(cluster.id()).get(0);
        assertEquals(START, running.time());
        assertEquals("in progress", running.status());
        assertNull(running.sizeBytes(), "no size until done");

        ApiException again = assertThrows(ApiException.class, () -> client.backUp(cluster.id()));
        assertEquals(ApiException.Kind.CONFLICT, again.kind(), "one backup at a time, refused in a 200 as ACM does");
        assertEquals(1, client.backups(cluster.id()).size());

        clock.advance(Duration.ofHours(1));
        ClusterBackup done = client.backups(cluster.id()).get(0);
        assertEquals("completed", done.status());
        assertTrue(done.sizeBytes() > 0);
        client.backUp(cluster.id());
        assertEquals(2, client.backups(cluster.id()).size());
    }

    @Test
    void aRoleWithoutTheBackupsRightIsRefusedNamingIt() {
        sandbox.state().write(d -> d.acm.roleId = "3");
        ApiException e = assertThrows(ApiException.class, () -> client.backUp(cluster.id()));
        assertEquals("cluster.backups", e.missingRight().orElse(null));
    }
}
