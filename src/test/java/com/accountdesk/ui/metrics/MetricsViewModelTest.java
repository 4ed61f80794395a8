package com.accountdesk.ui.metrics;

import com.accountdesk.testing.HeldBackground;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.ui.common.Background;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Charts… window's decisions, without a window: the sandbox over real HTTP, the work on the test's thread. */
class MetricsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final MovableClock clock = new MovableClock(NOW);
    private SandboxServer sandbox;
    private CrateCloudClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        client = CrateDemoClient.withQuickRetry(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private MetricsViewModel model(String clusterId, Background background) throws Exception {
        return new MetricsViewModel(client, client.cluster(clusterId), background, clock);
    }

    private static int points(MetricsViewModel vm, MetricsViewModel.Kind kind) {
        MetricPlot plot = vm.panel(kind).plotProperty().get();
        return plot == null ? -1 : plot.lines().get(0).times().length;
    }

    @Test
    void threeChartsANodeEachForTheChosenPeriod() throws Exception {
        MetricsViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS, Background.callingThread());
        vm.load();
        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            assertEquals(MetricsViewModel.State.DATA, vm.panel(kind).stateProperty().get(), kind.name());
            assertEquals(3, vm.panel(kind).plotProperty().get().lines().size(), "orders-prod has three nodes");
            assertEquals(24 * 60, points(vm, kind), "24 hours of minutes by default");
        }
        assertEquals(TimeWindow.whole(NOW.getEpochSecond() - 86_400, NOW.getEpochSecond()), vm.windowProperty().get());

        MetricPlot disk = vm.panel(MetricsViewModel.Kind.DISK).plotProperty().get();
        assertTrue(disk.percent());
        assertEquals(100, disk.top());
        assertEquals("(% of 512 GiB a node)", vm.axisLabel(MetricsViewModel.Kind.DISK));
        assertEquals("(% of 4 cores a node)", vm.axisLabel(MetricsViewModel.Kind.CPU));
        assertEquals("(% of 16 GiB a node)", vm.axisLabel(MetricsViewModel.Kind.MEMORY));
        String words = MetricsViewModel.readout(MetricsViewModel.Kind.DISK, disk, NOW.getEpochSecond());
        // A node's value is one unit for wrapping (no "76.6 % (392" / "GiB)"): its spaces do not break; the line breaks between nodes.
        assertTrue(words.matches("2026-03-01 09:00 UTC: node\u00a00\u00a07[6-9]\\.\\d\u00a0%\u00a0\\(\\d+\u00a0GiB\\) · node\u00a01\\S* · node\u00a02\\S*"), words);
        String cpu = MetricsViewModel.readout(MetricsViewModel.Kind.CPU, vm.panel(MetricsViewModel.Kind.CPU).plotProperty().get(),
                NOW.getEpochSecond() - 3 * 3600 - 20);
        assertTrue(cpu.startsWith("2026-03-01 06:00 UTC: node\u00a00\u00a0") && cpu.contains("\u00a0cores)"), "the nearest minute: " + cpu);

        vm.rangeProperty().set(MetricsViewModel.Range.WEEK);
        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            assertEquals(7 * 24 * 60, points(vm, kind), "a week of minutes: " + kind);
        }
        assertEquals(7 * 86_400, vm.windowProperty().get().span());
        MetricPlot week = vm.panel(MetricsViewModel.Kind.DISK).plotProperty().get();
        double[] node0 = week.lines().get(0).values();
        assertTrue(node0[node0.length - 1] > node0[0] * 1.15, "the disk filled over the week");

        vm.rangeProperty().set(MetricsViewModel.Range.HOUR);
        assertEquals(60, points(vm, MetricsViewModel.Kind.MEMORY));
        assertEquals(3600, vm.windowProperty().get().span());
    }

    @Test
    void panAndZoomMoveTheSharedWindowAndANewPeriodShowsAllOfIt() throws Exception {
        MetricsViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS, Background.callingThread());
        vm.rangeProperty().set(MetricsViewModel.Range.WEEK);
        double end = NOW.getEpochSecond();
        vm.zoom(0.25, end);
        assertEquals(end, vm.windowProperty().get().to(), 1e-6);
        vm.pan(-1);
        assertEquals(end - 2 * 42 * 3600, vm.windowProperty().get().from(), 1e-6, "a window's length earlier");
        vm.showAll();
        assertTrue(vm.windowProperty().get().isWhole());
        vm.zoom(0.5, end);
        vm.rangeProperty().set(MetricsViewModel.Range.DAY);
        assertTrue(vm.windowProperty().get().isWhole());
        assertEquals(86_400, vm.windowProperty().get().span());
    }

    @Test
    void aSuspendedClusterHasNoDataForThePeriodYet() throws Exception {
        MetricsViewModel vm = model(CrateCatalogue.CLUSTER_ARCHIVE, Background.callingThread());
        vm.load();
        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            assertEquals(MetricsViewModel.State.EMPTY, vm.panel(kind).stateProperty().get(), "204: " + kind);
            assertEquals("No data for this period yet.", vm.panel(kind).messageProperty().get());
            assertNull(vm.panel(kind).plotProperty().get());
        }
    }

    @Test
    void aChartThatCannotBeReadSaysWhy() throws Exception {
        CrateCluster orders = client.cluster(CrateCatalogue.CLUSTER_ORDERS);
        CrateCluster gone = new CrateCluster("00000000-0000-0000-0000-000000000000", "gone", orders.projectId(),
                orders.crateVersion(), orders.numNodes(), orders.productName(), orders.productTier(), orders.productUnit(),
                orders.diskSizePerNodeBytes(), orders.cpusPerNode(), orders.memoryPerNodeBytes(), orders.health(), "", true, true, false);
        MetricsViewModel vm = new MetricsViewModel(client, gone, Background.callingThread(), clock);
        vm.load();
        MetricsViewModel.Panel disk = vm.panel(MetricsViewModel.Kind.DISK);
        assertEquals(MetricsViewModel.State.ERROR, disk.stateProperty().get());
        assertTrue(disk.messageProperty().get().startsWith("Could not read the Disk used chart: "), disk.messageProperty().get());
        assertNull(disk.plotProperty().get());
        assertEquals(MetricsViewModel.State.ERROR, vm.panel(MetricsViewModel.Kind.MEMORY).stateProperty().get());
    }

    @Test
    void anAnswerForAPeriodNoLongerChosenIsDropped() throws Exception {
        HeldBackground held = new HeldBackground();
        MetricsViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS, held);
        vm.rangeProperty().set(MetricsViewModel.Range.HOUR); // asks 1-3
        vm.rangeProperty().set(MetricsViewModel.Range.WEEK); // 4-6
        vm.rangeProperty().set(MetricsViewModel.Range.DAY); // 7-9: the one the user chose last
        assertEquals(9, held.asked());
        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            assertEquals(MetricsViewModel.State.LOADING, vm.panel(kind).stateProperty().get());
            assertEquals("Loading…", vm.panel(kind).messageProperty().get());
        }
        held.release(7);
        held.release(8);
        held.release(9);
        held.release(4); // the week's answers come back last, slowest
        held.release(5);
        held.release(1);
        held.release(6);
        held.release(2);
        held.release(3);
        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            assertEquals(MetricsViewModel.State.DATA, vm.panel(kind).stateProperty().get());
            assertEquals(24 * 60, points(vm, kind), "24 hours, not an older period's answer: " + kind);
        }
        assertEquals(86_400, vm.windowProperty().get().span());
        assertFalse(vm.panel(MetricsViewModel.Kind.CPU).messageProperty().get().contains("Loading"));
    }
}
