package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.session.DiskThresholds;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CrateDB Clusters view's decisions, without a window: the sandbox over real HTTP, the work on the test's thread. */
class CrateClustersViewModelTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SandboxServer sandbox;
    private CrateClustersViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        CrateCloudClient client = CrateDemoClient.withQuickRetry(sandbox);
        model = new CrateClustersViewModel(client, Background.callingThread(), dialogs);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CrateClustersViewModel.Row row(String name) {
        return model.rows().stream().filter(r -> r.cluster().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyClusterWithItsDiskAndLevel() {
        model.load();
        assertEquals("Demo Organization", model.organizationProperty().get().name());
        assertEquals(List.of("All projects", "production", "development"), model.projects().stream().map(Object::toString).toList());
        assertEquals(4, model.rows().size());
        CrateClustersViewModel.Row orders = row("orders-prod");
        assertEquals("production", orders.project());
        assertEquals(DiskUsage.Level.AMBER, model.level(orders));
        assertTrue(CrateClustersViewModel.diskText(orders).matches("7[6-9] % of 512 GiB"), CrateClustersViewModel.diskText(orders));
        assertEquals(DiskUsage.Level.OK, model.level(row("analytics-dev")));
        assertEquals("Suspended", CrateClustersViewModel.diskText(row("archive-2023")));
        assertNull(model.level(row("archive-2023")));
        assertEquals("4 clusters, 1 over 75 % disk", model.summaryProperty().get());
    }

    @Test
    void theUsersLevelsAndDaysLaterRed() {
        DiskThresholds.Levels[] set = {new DiskThresholds.Levels(80, 90)};
        model.useThresholds(() -> set[0]);
        model.load();
        assertEquals(DiskUsage.Level.OK, model.level(row("orders-prod")));
        assertEquals("4 clusters", model.summaryProperty().get());
        set[0] = new DiskThresholds.Levels(60, 75); // changed in Settings: used at the next reload
        model.load();
        assertEquals(DiskUsage.Level.RED, model.level(row("orders-prod")));
        assertEquals(DiskUsage.Level.OK, model.level(row("free-trial")), "23 % is under 60 %");
        set[0] = DiskThresholds.DEFAULT;
        clock.advance(Duration.ofDays(6));
        model.load();
        assertEquals(DiskUsage.Level.RED, model.level(row("orders-prod")));
    }

    @Test
    void scaleAndUpgradeAreOffWithTheReasonWhileSuspendedOrBusyAndSuspendCopiesAsCroud() throws Exception {
        model.load();
        assertEquals("archive-2023 is suspended: resume it before scaling it.",
                CrateClustersViewModel.scaleUnavailable(row("archive-2023")));
        assertEquals("archive-2023 is suspended: resume it before upgrading it.",
                CrateClustersViewModel.upgradeUnavailable(row("archive-2023")));
        assertNull(CrateClustersViewModel.scaleUnavailable(row("orders-prod")));
        assertEquals("Choose a cluster to scale it.", CrateClustersViewModel.scaleUnavailable(null));
        model.client().scale(CrateCatalogue.CLUSTER_ORDERS, 4);
        model.load();
        assertEquals("orders-prod is busy (SCALE): wait until the operation has finished.",
                CrateClustersViewModel.upgradeUnavailable(row("orders-prod")));
        assertNull(model.suspendCopy(), "nothing chosen");
        model.selectedProperty().set(row("archive-2023"));
        assertEquals("croud clusters set-suspended-state --cluster-id " + CrateCatalogue.CLUSTER_ARCHIVE + " --value false",
                model.suspendCopy().croud(), "suspended: the copy resumes it");
    }

    @Test
    void aProjectShowsItsClustersAndTheChoiceSurvivesAReload() {
        model.load();
        model.projectProperty().set(model.projects().get(2));
        assertEquals(List.of("analytics-dev", "free-trial"), model.rows().stream().map(r -> r.cluster().name()).toList());
        model.selectedProperty().set(row("free-trial"));
        model.load();
        assertEquals("development", model.projectProperty().get().name());
        assertEquals(2, model.rows().size());
        assertEquals("free-trial", model.selectedProperty().get().cluster().name());
    }

    @Test
    void expandSaysWhyNot() {
        model.load();
        assertNull(CrateClustersViewModel.expandUnavailable(row("orders-prod")));
        assertEquals("free-trial's plan does not allow custom storage.", CrateClustersViewModel.expandUnavailable(row("free-trial")));
        assertTrue(CrateClustersViewModel.expandUnavailable(row("archive-2023")).contains("suspended"));
        assertTrue(CrateClustersViewModel.expandUnavailable(null).startsWith("Choose a cluster"));
    }

    @Test
    void aFailedLoadSaysSoAndKeepsTheRows() {
        model.load();
        sandbox.close();
        model.load();
        assertEquals(4, model.rows().size());
        assertTrue(!model.errorProperty().get().isEmpty());
    }

    private int operations() {
        return sandbox.state().read(d -> d.crate.operations.size());
    }

    @Test
    void suspendIsAskedFirstSentOnceAndOnlyWhereAllowed() {
        model.load();
        model.selectedProperty().set(row("analytics-dev"));
        assertEquals("Suspend…", CrateClustersViewModel.suspendText(row("analytics-dev")).replace("_", ""));
        dialogs.answer(false);
        model.suspendOrResume();
        assertEquals(0, operations(), "declined: nothing sent");
        dialogs.answer(true);
        model.suspendOrResume();
        assertEquals(1, operations());
        assertEquals("Suspend analytics-dev?", dialogs.asked.get(1).header());
        assertEquals("SUSPEND", row("analytics-dev").cluster().runningOperation(), "the list was read again");
        model.suspendOrResume();
        assertEquals(1, operations(), "busy: not asked, not sent");
        assertEquals(2, dialogs.asked.size());
        clock.advance(Duration.ofSeconds(6));
        model.load();
        assertEquals("Resume…", CrateClustersViewModel.suspendText(row("analytics-dev")).replace("_", ""));
        assertEquals("free-trial cannot be suspended.", CrateClustersViewModel.suspendUnavailable(row("free-trial")));
        model.selectedProperty().set(row("free-trial"));
        model.suspendOrResume();
        assertEquals(1, operations());
        assertTrue(dialogs.errors.isEmpty());
    }
}
