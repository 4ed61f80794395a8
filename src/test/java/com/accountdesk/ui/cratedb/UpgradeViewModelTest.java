package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrade…'s decisions: versions from available-upgrades, sent once, busy, unknown versions, progress until crate_version shows. */
class UpgradeViewModelTest extends CrateChangeSandbox {
    @Override
    String changePath() {
        return "/upgrade/";
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
        assertEquals(1, puts.get(), "sent once");
        assertFalse(vm.canSendProperty().get());
        clock.advance(Duration.ofSeconds(3));
        timer.fire();
        assertEquals("Upgrading: IN_PROGRESS…", vm.progressProperty().get());
        assertEquals("5.9.4", client.cluster(CrateCatalogue.CLUSTER_ORDERS).crateVersion(), "changes when the operation ends");
        clock.advance(Duration.ofSeconds(10));
        timer.fire();
        assertTrue(vm.doneProperty().get());
        assertEquals("Done: orders-prod runs CrateDB 5.10.2.", vm.progressProperty().get());
        assertFalse(timer.planned());
        assertEquals(1, puts.get());
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
        assertEquals(0, puts.get());
    }

    @Test
    void aBusyRefusalIsShownAndMayBeAskedAgainALostAnswerMayNot() throws Exception {
        UpgradeViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 600 * GIB);
        vm.send();
        assertEquals(1, puts.get());
        assertTrue(vm.errorProperty().get().contains("Another operation"), vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get(), "a refusal did nothing: it may be asked again");

        UpgradeViewModel lost = model(CrateCatalogue.CLUSTER_ANALYTICS);
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        lost.send();
        assertFalse(lost.canSendProperty().get(), "the answer was lost: it may have been done, so never sent again");
        assertEquals(1, dialogs.errors.size());
        assertEquals(2, puts.get());
    }

    @Test
    void aFailedReadOfTheVersionsIsOfferedAgainAndThenChoosesOne() throws Exception {
        UpgradeViewModel vm = new UpgradeViewModel(client, Background.callingThread(), dialogs, timer,
                client.cluster(CrateCatalogue.CLUSTER_ORDERS));
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        vm.load();
        assertFalse(vm.errorProperty().get().isEmpty(), "the read failed");
        assertTrue(vm.readFailedProperty().get());
        assertFalse(vm.canSendProperty().get());
        vm.load();
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.readFailedProperty().get());
        assertEquals("5.10.2", vm.versionProperty().get());
        assertTrue(vm.canSendProperty().get());
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
