package com.accountdesk.ui.backups;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups… against the sandbox, on the calling thread. */
class BackupsViewModelTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SandboxServer sandbox;
    private BackupsViewModel vm;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        AcmClient client = new AcmClient(base, ((SignIn) AcmClient.login(base, DemoAccount.LOGIN,
                Secret.of(DemoAccount.PASSWORD), http)).token(), http);
        cluster = SandboxClusters.launchSmall(client, "vm-backups");
        vm = new BackupsViewModel(client, cluster.id(), cluster.name(), Background.callingThread(), dialogs, ZoneOffset.UTC);
        vm.load();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int serverBackups() {
        return sandbox.state().read(d -> d.clusters.get(0).backups.size());
    }

    @Test
    void backUpNowAsksFirstAndIsSentOnce() {
        dialogs.answer(false);
        vm.backUpNow();
        assertEquals(0, serverBackups(), "cancelled: nothing sent");
        dialogs.answer(true);
        vm.backUpNow();
        assertEquals(1, serverBackups());
        assertEquals(1, vm.backups().size());
        assertEquals("A backup of vm-backups was started.", vm.statusProperty().get());
        assertTrue(vm.describe(vm.backups().get(0)).endsWith("size not given · in progress"), vm.describe(vm.backups().get(0)));

        dialogs.answer(true);
        vm.backUpNow();
        assertEquals(1, serverBackups(), "a second while one runs is refused");
        assertTrue(vm.errorProperty().get().contains("already running"), vm.errorProperty().get());
    }

    @Test
    void aBackupOfUnknownShapeStillShowsWhatItHas() {
        assertEquals("time not given · size not given · status not given",
                vm.describe(new ClusterBackup(null, null, null, null)));
        assertEquals("1.2 GiB", BackupsViewModel.size(1_288_490_189L));
        assertEquals("512 B", BackupsViewModel.size(512));
    }
}
