package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.testing.SignedInSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster's backups through the published paths against the sandbox, its clock moved by the test:
 * list, Back up now, restore from a backup, the cluster's latestBackupTime, and the refusals.
 */
class BackupsSandboxTest {
    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private final MovableClock clock = new MovableClock(START);
    private SignedInSandbox sandbox;
    private AcmClient client;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        sandbox = SignedInSandbox.start(clock);
        client = sandbox.client();
        cluster = sandbox.launchSmall("backed-up");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** A finished backup of the cluster, an hour on. */
    private ClusterBackup finishedBackup() throws Exception {
        clock.advance(Duration.ofHours(1));
        client.backUp(cluster.id());
        clock.advance(Duration.ofHours(1));
        return client.backups(cluster.id()).get(0);
    }

    @Test
    void backUpNowRunsThenIsListedWithTimeSizeAndStatus() throws Exception {
        assertEquals(List.of(), client.backups(cluster.id()));
        client.backUp(cluster.id());
        ClusterBackup running = client.backups(cluster.id()).get(0);
        assertEquals(START, running.time());
        assertEquals("in progress", running.status());
        assertNull(running.sizeBytes(), "no size until done");
        assertFalse(running.restorable(), "not a whole backup yet");

        ApiException again = assertThrows(ApiException.class, () -> client.backUp(cluster.id()));
        assertEquals(ApiException.Kind.CONFLICT, again.kind(), "one backup at a time, refused in a 200 as ACM does");
        assertEquals(1, client.backups(cluster.id()).size());

        clock.advance(Duration.ofHours(1));
        ClusterBackup done = client.backups(cluster.id()).get(0);
        assertEquals("completed", done.status());
        assertTrue(done.sizeBytes() > 0);
        assertTrue(done.restorable());
        assertEquals("backup-2026-12-06T10-00-00-1", done.restoreTag());
        client.backUp(cluster.id());
        assertEquals(2, client.backups(cluster.id()).size());
    }

    @Test
    void theClusterCarriesItsLatestFinishedBackupTime() throws Exception {
        assertNull(client.cluster(cluster.id()).latestBackupTime(), "no backup: the member is left out");
        client.backUp(cluster.id());
        assertNull(client.clusters(cluster.environmentId()).get(0).latestBackupTime(), "still running");
        clock.advance(Duration.ofHours(1));
        assertEquals(START, client.cluster(cluster.id()).latestBackupTime());
        assertEquals(START, client.clusters(cluster.environmentId()).get(0).latestBackupTime());
    }

    @Test
    void restoreRunsAsAnOperationOfTheCluster() throws Exception {
        ClusterBackup backup = finishedBackup();
        client.restore(cluster.id(), backup.restoreTag());
        assertEquals(backup.restoreTag(), sandbox.server().state().read(d -> d.clusters.get(0).restoredFrom));
        assertEquals("Restore", client.clusterStatus(cluster.id()).action());
        assertEquals("restoring", client.cluster(cluster.id()).status());

        clock.advance(Duration.ofHours(1));
        assertTrue(client.clusterStatus(cluster.id()).idle());
        assertEquals("online", client.cluster(cluster.id()).status());
    }

    @Test
    void aRestoreOrBackupRunningRefusesAnotherInA200() throws Exception {
        ClusterBackup backup = finishedBackup();
        client.backUp(cluster.id());
        ApiException duringBackup = assertThrows(ApiException.class, () -> client.restore(cluster.id(), backup.restoreTag()));
        assertEquals(ApiException.Kind.CONFLICT, duringBackup.kind());
        assertTrue(duringBackup.serverMessage().contains("backup"), duringBackup.serverMessage());

        clock.advance(Duration.ofHours(1));
        client.restore(cluster.id(), backup.restoreTag());
        ApiException twice = assertThrows(ApiException.class, () -> client.restore(cluster.id(), backup.restoreTag()));
        assertEquals(ApiException.Kind.CONFLICT, twice.kind());
        assertTrue(twice.serverMessage().contains("restore"), twice.serverMessage());
        ApiException backupDuringRestore = assertThrows(ApiException.class, () -> client.backUp(cluster.id()));
        assertEquals(ApiException.Kind.CONFLICT, backupDuringRestore.kind());
        assertEquals(1, (int) sandbox.server().state().read(d -> d.clusters.get(0).restores), "one restore accepted");
    }

    @Test
    void aRestoreMustNameABackupOfTheCluster() throws Exception {
        finishedBackup();
        ApiException unknown = assertThrows(ApiException.class, () -> client.restore(cluster.id(), "no-such-backup"));
        assertEquals(ApiException.Kind.INVALID_INPUT, unknown.kind());
        assertEquals("tag", unknown.field().orElse(null));

        // Without a tag (the description requires none) there is nothing to restore from.
        Request empty = new Request.Builder().url(sandbox.base().resolve("cluster/" + cluster.id() + "/restore"))
                .header(AcmClient.AUTH_HEADER, client.token().reveal())
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
        try (Response r = sandbox.http().okHttp().newCall(empty).execute()) {
            assertEquals(400, r.code());
            JsonNode body = new ObjectMapper().readTree(r.body().string());
            assertEquals("tag", body.path("field").asText());
        }
        assertEquals(0, (int) sandbox.server().state().read(d -> d.clusters.get(0).restores));
    }

    @Test
    void aRoleWithoutTheBackupsRightIsRefusedNamingIt() throws Exception {
        ClusterBackup backup = finishedBackup();
        sandbox.server().state().write(d -> d.acm.roleId = "3");
        ApiException e = assertThrows(ApiException.class, () -> client.backUp(cluster.id()));
        assertEquals("cluster.backups", e.missingRight().orElse(null));
        ApiException r = assertThrows(ApiException.class, () -> client.restore(cluster.id(), backup.restoreTag()));
        assertEquals("cluster.backups", r.missingRight().orElse(null));
    }
}
