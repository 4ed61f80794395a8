package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProject;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scale…'s decisions: the product's node counts, prices, sent once, busy, progress until num_nodes shows; the sandbox over real HTTP. */
class ScaleViewModelTest extends CrateChangeSandbox {
    @Override
    String changePath() {
        return "/scale/";
    }

    private ScaleViewModel model(String clusterId) throws Exception {
        CrateCluster c = client.cluster(clusterId);
        CrateProject p = projectOf(c);
        ScaleViewModel vm = new ScaleViewModel(client, Background.callingThread(), dialogs, timer, c, p);
        vm.load();
        return vm;
    }

    @Test
    void theProductsNodeCountsAndThePriceBeforeAndAfter() throws Exception {
        ScaleViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), vm.choices(), "cr2's scaling: units 0 to 8");
        assertEquals(3, vm.nodesProperty().get());
        assertFalse(vm.canSendProperty().get(), "the count it has is no change");
        String now = vm.priceNowProperty().get();
        assertTrue(now.matches("\\$[\\d,]+\\.\\d\\d a month"), now);
        vm.nodesProperty().set(5);
        String more = vm.priceAfterProperty().get();
        assertTrue(more.matches("\\$[\\d,]+\\.\\d\\d a month \\(\\+\\$[\\d,]+\\.\\d\\d\\)"), more);
        vm.nodesProperty().set(1);
        String fewer = vm.priceAfterProperty().get();
        assertTrue(fewer.matches("\\$[\\d,]+\\.\\d\\d a month \\(−\\$[\\d,]+\\.\\d\\d\\)"), fewer);
        vm.nodesProperty().set(10);
        assertFalse(vm.canSendProperty().get(), "over the product's limit");
        vm.nodesProperty().set(5);
        assertTrue(vm.canSendProperty().get());
        assertEquals(4, vm.unitFor(5), "unit = nodes − 1");
    }

    @Test
    void sentOnceThenProgressUntilTheNodeCountShows() throws Exception {
        ScaleViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        vm.nodesProperty().set(5);
        vm.send();
        vm.send();
        assertEquals(1, puts.get(), "sent once");
        assertFalse(vm.canSendProperty().get());
        assertEquals(ClusterOperation.POLL, timer.pause);
        clock.advance(Duration.ofSeconds(3));
        timer.fire();
        assertEquals("Scaling: IN_PROGRESS…", vm.progressProperty().get());
        assertEquals(3, client.cluster(CrateCatalogue.CLUSTER_ORDERS).numNodes(), "num_nodes changes when the operation ends");
        clock.advance(Duration.ofSeconds(8));
        timer.fire();
        assertTrue(vm.doneProperty().get());
        assertEquals("Done: orders-prod has 5 nodes.", vm.progressProperty().get());
        assertFalse(timer.planned(), "no more looks");
        assertEquals(1, puts.get());
    }

    @Test
    void busyOrSuspendedOrOneSizeSaysWhyAndSendsNothing() throws Exception {
        client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 600 * GIB);
        ScaleViewModel busy = model(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals("orders-prod is busy (EXPAND_STORAGE): wait until the operation has finished.", busy.unavailableProperty().get());
        busy.nodesProperty().set(5);
        assertFalse(busy.canSendProperty().get());
        busy.send();
        ScaleViewModel suspended = model(CrateCatalogue.CLUSTER_ARCHIVE);
        assertEquals("archive-2023 is suspended: resume it before scaling it.", suspended.unavailableProperty().get());
        ScaleViewModel free = model(CrateCatalogue.CLUSTER_FREE);
        assertEquals("free-trial's product crfree (free) comes in one size only.", free.unavailableProperty().get());
        assertEquals(0, puts.get());
    }

    @Test
    void aBusyRefusalIsShownAndMayBeAskedAgain() throws Exception {
        ScaleViewModel vm = model(CrateCatalogue.CLUSTER_ANALYTICS);
        client.setSuspended(CrateCatalogue.CLUSTER_ANALYTICS, true); // another client's operation: now busy
        vm.nodesProperty().set(2);
        vm.send();
        assertEquals(1, puts.get());
        assertTrue(vm.errorProperty().get().contains("Another operation"), vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get(), "a refusal did nothing: it may be asked again");
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void copiesTheSameChangeForCroudAndCurlWithoutTheSecret() throws Exception {
        ScaleViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        vm.nodesProperty().set(5);
        assertEquals("croud clusters scale --cluster-id " + CrateCatalogue.CLUSTER_ORDERS + " --unit 4", vm.copy().croud());
        assertEquals("curl -u \"$CRATEDB_CLOUD_API_KEY:$CRATEDB_CLOUD_API_SECRET\" -X PUT -H 'Content-Type: application/json' "
                + "-d '{\"product_unit\":4}' " + sandbox.crateBaseUrl() + "api/v2/clusters/" + CrateCatalogue.CLUSTER_ORDERS + "/scale/",
                vm.copy().curl());
        assertFalse(vm.copy().curl().contains(DemoAccount.CRATE_SECRET));
    }
}
