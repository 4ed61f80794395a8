package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateMetric;
import com.accountdesk.model.CrateOperation;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CratePrice;
import com.accountdesk.model.CrateProject;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CrateDB Cloud's organizations, projects, clusters, products, prices, metrics and cluster
 * operations, over real HTTP against the sandbox, its clock moved by the test (every exchange is
 * judged against the published description by SpecCheckExtension).
 */
class CrateClustersSandboxTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private SandboxServer sandbox;
    private CrateCloudClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        // One try per call: a refusal reaches the test as it is, and nothing is sent twice.
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5)));
        client = CrateDemoClient.on(sandbox, http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int operationsRequested() {
        return sandbox.state().read(d -> d.crate.operations.size());
    }

    @Test
    void organizationProjectsAndClusters() throws Exception {
        assertEquals(List.of("Demo Organization"), client.organizations().stream().map(o -> o.name()).toList());
        List<CrateProject> projects = client.projects();
        assertEquals(List.of("production", "development"), projects.stream().map(CrateProject::name).toList());
        assertEquals(CrateCatalogue.REGION, projects.get(0).region());
        assertEquals(4, client.clusters(null).size());
        List<CrateCluster> production = client.clusters(CrateCatalogue.PROJECT_PRODUCTION);
        assertEquals(List.of("orders-prod", "archive-2023"), production.stream().map(CrateCluster::name).toList());
        CrateCluster orders = client.cluster(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals(3, orders.numNodes());
        assertEquals(512 * GIB, orders.diskSizePerNodeBytes());
        assertEquals("cr2", orders.productName());
        assertEquals("5.9.4", orders.crateVersion());
        assertEquals("GREEN", orders.health());
        assertFalse(orders.busy());
        assertTrue(orders.allowCustomStorage());
        CrateCluster archive = client.cluster(CrateCatalogue.CLUSTER_ARCHIVE);
        assertTrue(archive.suspended());
        assertEquals("SUSPENDED", archive.health());
        assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class, () -> client.cluster("no-such-cluster")).kind());
    }

    @Test
    void productsHaveStorageLimitsAndPricesGrowWithStorage() throws Exception {
        CrateProduct cr2 = client.products().stream().filter(p -> p.name().equals("cr2")).findFirst().orElseThrow();
        assertEquals(32 * GIB, cr2.storageMinimumBytes());
        assertEquals(8192 * GIB, cr2.storageMaximumBytes());
        assertEquals(9, cr2.scaling().size());
        assertEquals(new CrateProduct.Scale(2, 3), cr2.scaling().get(2));
        CratePrice now = client.price("cr2", "default", 2, CrateCatalogue.REGION, 512 * GIB);
        CratePrice bigger = client.price("cr2", "default", 2, CrateCatalogue.REGION, 1024 * GIB);
        assertEquals(now.clusterPerMonth(), bigger.clusterPerMonth());
        assertTrue(bigger.storagePerMonth() > now.storagePerMonth() * 1.9, bigger + " vs " + now);
        assertEquals(bigger.clusterPerMonth() + bigger.storagePerMonth(), bigger.totalPerMonth(), 0.02);
        assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class,
                () -> client.price("cr9", "default", 0, CrateCatalogue.REGION, GIB)).kind());
    }

    @Test
    void theDiskFillsOverDaysOneSeriesANode() throws Exception {
        CrateMetric disk = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.DISK, 60);
        assertEquals(3, disk.series().size());
        assertEquals(60, disk.series().get(0).points().size(), "a point a minute over the last hour");
        double full = disk.latestMax().orElseThrow() / (512.0 * GIB);
        assertTrue(full > 0.75 && full < 0.82, "amber at the start: " + full);
        clock.advance(Duration.ofDays(6));
        double later = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.DISK, 60).latestMax().orElseThrow() / (512.0 * GIB);
        assertTrue(later > 0.9, "over 90 % six days on: " + later);
        CrateMetric week = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.CPU, 7 * 24 * 60);
        assertEquals(7 * 24 * 60, week.series().get(0).points().size(), "a point a minute for a week, as a 60 s Prometheus step gives");
        assertTrue(client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.CPU, 31 * 24 * 60).series().get(0).points().size() <= 11_000,
                "past Prometheus' 11,000 points a series the step grows");
        double cpu = week.latestMax().orElseThrow();
        assertTrue(cpu > 0 && cpu <= 4, "cores in use of 4: " + cpu);
        assertFalse(client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.MEMORY, 60).isEmpty());
    }

    @Test
    void aWeekOfMinutesMovesTheDiskFillsAndTheCpuVaries() throws Exception {
        CrateMetric disk = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.DISK, 7 * 24 * 60);
        List<CrateMetric.Point> node0 = disk.series().get(0).points();
        assertEquals(60, node0.get(1).at().getEpochSecond() - node0.get(0).at().getEpochSecond(), "a minute apart");
        double weekAgo = node0.get(0).value() / (512.0 * GIB);
        double now = node0.get(node0.size() - 1).value() / (512.0 * GIB);
        assertTrue(now - weekAgo > 0.12 && now - weekAgo < 0.2, "2.4 % a day: " + weekAgo + " → " + now);
        CrateMetric cpu = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.CPU, 24 * 60);
        double[] cores = cpu.series().get(0).points().stream().mapToDouble(CrateMetric.Point::value).toArray();
        double low = java.util.Arrays.stream(cores).min().orElseThrow();
        double high = java.util.Arrays.stream(cores).max().orElseThrow();
        assertTrue(high - low > 1.5 && high <= 4, "of 4 cores, between " + low + " and " + high);
        long changes = java.util.stream.IntStream.range(1, cores.length).filter(i -> cores[i] != cores[i - 1]).count();
        assertTrue(changes > cores.length * 0.9, "it moves minute to minute: " + changes + " of " + cores.length);
        clock.advance(Duration.ofMinutes(5));
        List<CrateMetric.Point> later = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.CPU, 24 * 60).series().get(0).points();
        assertEquals(cpu.series().get(0).points().get(10), later.get(5), "the same minute has the same value when asked again");
    }

    @Test
    void aSuspendedClusterHasNoData() throws Exception {
        assertTrue(client.metric(CrateCatalogue.CLUSTER_ARCHIVE, CrateMetric.DISK, 60).isEmpty(), "204: no data");
    }

    @Test
    void expandStorageRunsAFewSecondsThenTheNewSizeShows() throws Exception {
        CrateCluster answer = client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 1024 * GIB);
        assertEquals(512 * GIB, answer.diskSizePerNodeBytes(), "the size changes when the operation has finished");
        assertEquals("EXPAND_STORAGE", answer.runningOperation());
        assertEquals(1, operationsRequested());
        clock.advance(Duration.ofSeconds(2));
        List<CrateOperation> ops = client.operations(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals("IN_PROGRESS", ops.get(0).status());
        assertEquals("EXPAND_STORAGE", ops.get(0).type());
        ApiException busy = assertThrows(ApiException.class, () -> client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 2048 * GIB));
        assertEquals(ApiException.Kind.CONFLICT, busy.kind());
        assertEquals(1, operationsRequested(), "a busy cluster starts nothing");
        clock.advance(Duration.ofSeconds(6));
        assertTrue(client.operations(CrateCatalogue.CLUSTER_ORDERS).get(0).finished());
        CrateCluster after = client.cluster(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals(1024 * GIB, after.diskSizePerNodeBytes());
        assertFalse(after.busy());
        double full = client.metric(CrateCatalogue.CLUSTER_ORDERS, CrateMetric.DISK, 5).latestMax().orElseThrow() / after.diskSizePerNodeBytes();
        assertTrue(full < 0.41, "the same data on twice the disk: " + full);
    }

    @Test
    void expandStorageRefusesShrinkingOverTheMaximumAndWhereNotAllowed() throws Exception {
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 256 * GIB)).kind());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 512 * GIB)).kind());
        ApiException over = assertThrows(ApiException.class, () -> client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 8193 * GIB));
        assertEquals(ApiException.Kind.INVALID_INPUT, over.kind());
        assertTrue(over.serverMessage().contains("at most"), over.serverMessage());
        assertEquals(ApiException.Kind.FORBIDDEN, assertThrows(ApiException.class,
                () -> client.expandStorage(CrateCatalogue.CLUSTER_FREE, 16 * GIB)).kind());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.expandStorage(CrateCatalogue.CLUSTER_ARCHIVE, 512 * GIB)).kind(), "suspended");
        assertEquals(0, operationsRequested());
        assertEquals(512 * GIB, client.cluster(CrateCatalogue.CLUSTER_ORDERS).diskSizePerNodeBytes());
    }

    @Test
    void scaleChangesTheNodesWhenDone() throws Exception {
        assertEquals(1, client.scale(CrateCatalogue.CLUSTER_ANALYTICS, 2).numNodes());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(1, client.cluster(CrateCatalogue.CLUSTER_ANALYTICS).numNodes());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(3, client.cluster(CrateCatalogue.CLUSTER_ANALYTICS).numNodes());
        assertEquals(3, client.metric(CrateCatalogue.CLUSTER_ANALYTICS, CrateMetric.CPU, 10).series().size());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.scale(CrateCatalogue.CLUSTER_ANALYTICS, 3)).kind(), "cr1 goes to 3 nodes");
    }

    @Test
    void suspendAndResumeWhereAllowed() throws Exception {
        client.setSuspended(CrateCatalogue.CLUSTER_ANALYTICS, true);
        clock.advance(Duration.ofSeconds(6));
        assertTrue(client.cluster(CrateCatalogue.CLUSTER_ANALYTICS).suspended());
        assertTrue(client.metric(CrateCatalogue.CLUSTER_ANALYTICS, CrateMetric.DISK, 60).isEmpty());
        client.setSuspended(CrateCatalogue.CLUSTER_ANALYTICS, false);
        clock.advance(Duration.ofSeconds(6));
        assertFalse(client.cluster(CrateCatalogue.CLUSTER_ANALYTICS).suspended());
        assertEquals(ApiException.Kind.FORBIDDEN, assertThrows(ApiException.class,
                () -> client.setSuspended(CrateCatalogue.CLUSTER_FREE, true)).kind());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.setSuspended(CrateCatalogue.CLUSTER_ORDERS, false)).kind(), "not suspended");
    }

    @Test
    void upgradeOffersTheNextVersionsAndChangesTheVersionWhenDone() throws Exception {
        assertEquals(List.of("5.10.2"), client.availableUpgrades(CrateCatalogue.CLUSTER_ORDERS));
        assertEquals(List.of("5.9.8"), client.availableUpgrades(CrateCatalogue.CLUSTER_FREE), "5.8.5: the newest of the next minor");
        assertEquals("5.9.4", client.upgrade(CrateCatalogue.CLUSTER_ORDERS, "5.9.8").crateVersion(), "a later hotfix is accepted too");
        clock.advance(Duration.ofSeconds(6));
        assertEquals("5.9.4", client.cluster(CrateCatalogue.CLUSTER_ORDERS).crateVersion());
        assertEquals("UPGRADE", client.operations(CrateCatalogue.CLUSTER_ORDERS).get(0).type());
        clock.advance(Duration.ofSeconds(6));
        assertEquals("5.9.8", client.cluster(CrateCatalogue.CLUSTER_ORDERS).crateVersion());
        assertEquals("SUCCEEDED", client.operations(CrateCatalogue.CLUSTER_ORDERS).get(0).status());
        assertEquals(List.of("5.10.2"), client.availableUpgrades(CrateCatalogue.CLUSTER_ORDERS));
    }

    @Test
    void upgradeRefusesAnUnknownVersionABusyOrSuspendedCluster() throws Exception {
        ApiException unknown = assertThrows(ApiException.class, () -> client.upgrade(CrateCatalogue.CLUSTER_ORDERS, "6.0.0"));
        assertEquals(ApiException.Kind.INVALID_INPUT, unknown.kind());
        assertTrue(unknown.serverMessage().contains("not an available upgrade"), unknown.serverMessage());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.upgrade(CrateCatalogue.CLUSTER_ORDERS, "5.9.3")).kind(), "no downgrade");
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class,
                () -> client.upgrade(CrateCatalogue.CLUSTER_ARCHIVE, "5.10.2")).kind(), "suspended");
        client.scale(CrateCatalogue.CLUSTER_ORDERS, 3);
        int before = operationsRequested();
        assertEquals(ApiException.Kind.CONFLICT, assertThrows(ApiException.class,
                () -> client.upgrade(CrateCatalogue.CLUSTER_ORDERS, "5.10.2")).kind(), "busy");
        assertEquals(before, operationsRequested());
        assertEquals(ApiException.Kind.NOT_FOUND, assertThrows(ApiException.class,
                () -> client.availableUpgrades("no-such-cluster")).kind());
    }
}
