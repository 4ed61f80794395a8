package com.accountdesk.ui.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.main.PollTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrade…'s decisions: versions from available-upgrades, sent once, busy, unknown versions, progress until crate_version shows. */
class UpgradeViewModelTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ExpandStorageViewModelTest.Timer timer = new ExpandStorageViewModelTest.Timer();
    private final AtomicInteger upgradePuts = new AtomicInteger();
    private SandboxServer sandbox;
    private CrateCloudClient client;
    private Runnable stopListening = () -> { };

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        client = new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                Secret.of(DemoAccount.CRATE_SECRET), null,
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5))));
        stopListening = ExchangeTap.listen(x -> {
            if (x.method().equals("PUT") && x.path().endsWith("/upgrade/")) {
                upgradePuts.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stop() {
        stopListening.run();
        sandbox.close();
    }

    private UpgradeViewModel model(String clusterId) throws Exception {
        CrateCluster c = client.cluster(clusterId);
        UpgradeViewModel vm = new UpgradeViewModel(client, Background.callingThread(), dialogs, timer, c);
        vm.load();
        return vm;
    }

    @Test
    void theOfferedVersionIsChosenAndSentOnceThenFollowedUntilTheClusterRunsIt() throws Exception {
        UpgradeViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals(List.of("5.10.2"), vm.versions(), "5.9.4 may go to the next minor's newest");
        assertEquals("5.10.2", vm.versionProperty().get());
        assertTrue(vm.canSendProperty().get());
        assertEquals("croud clusters upgrade --cluster-id " + CrateCatalogue.CLUSTER_ORDERS + " --version 5.10.2", vm.copy().croud());
        vm.send();
        vm.send();
        assertEquals(1, upgradePuts.get(), "sent once");
        assertFalse(vm.canSendProperty().get());
        clock.advance(Duration.ofSeconds(3));
        timer.fire();
        assertEquals("Upgrading: IN_PROGRESS…", vm.progressProperty().get());
        assertEquals("5.9.4", client.cluster(CrateCatalogue.CLUSTER_ORDERS).crateVersion(), "changes when the operation ends");
        clock.advance(Duration.ofSeconds(10));
        timer.fire();
        assertTrue(vm.doneProperty().get());
        assertEquals("Done: orders-prod runs CrateDB 5.10.2.", vm.progressProperty().get());
        assertNull(timer.look);
        assertEquals(1, upgradePuts.get());
    }

    @Test
    void busyOrSuspendedSaysWhyAndSendsNothing() throws Exception {
        client.scale(CrateCatalogue.CLUSTER_ORDERS, 3);
        UpgradeViewModel busy = model(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals("orders-prod is busy (SCALE): wait until the operation has finished.", busy.unavailableProperty().get());
        assertFalse(busy.canSendProperty().get());
        busy.send();
        UpgradeViewModel suspended = model(CrateCatalogue.CLUSTER_ARCHIVE);
        assertEquals("archive-2023 is suspended: resume it before upgrading it.", suspended.unavailableProperty().get());
        assertEquals(0, upgradePuts.get());
    }

    @Test
    void aBusyRefusalIsShownAndMayBeAskedAgainALostAnswerMayNot() throws Exception {
        UpgradeViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 600 * GIB);
        vm.send();
        assertEquals(1, upgradePuts.get());
        assertTrue(vm.errorProperty().get().contains("Another operation"), vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get(), "a refusal did nothing: it may be asked again");

        UpgradeViewModel lost = model(CrateCatalogue.CLUSTER_ANALYTICS);
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        lost.send();
        assertFalse(lost.canSendProperty().get(), "the answer was lost: it may have been done, so never sent again");
        assertEquals(1, dialogs.errors.size());
        assertEquals(2, upgradePuts.get());
    }

    @Test
    void noUpgradeAvailableSaysSo() throws Exception {
        client.upgrade(CrateCatalogue.CLUSTER_ANALYTICS, "5.10.2");
        clock.advance(Duration.ofSeconds(20));
        UpgradeViewModel vm = model(CrateCatalogue.CLUSTER_ANALYTICS);
        assertTrue(vm.versions().isEmpty());
        assertEquals("analytics-dev runs CrateDB 5.10.2, and no upgrade is available for it now.", vm.unavailableProperty().get());
        assertFalse(vm.canSendProperty().get());
    }
}
