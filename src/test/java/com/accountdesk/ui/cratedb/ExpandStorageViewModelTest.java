package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProject;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expand Storage…'s decisions: limits, prices, sent once, progress until the size shows; the sandbox over real HTTP. */
class ExpandStorageViewModelTest extends CrateChangeSandbox {
    @Override
    String changePath() {
        return "/storage/";
    }

    private ExpandStorageViewModel model(String clusterId) throws Exception {
        CrateCluster c = client.cluster(clusterId);
        CrateProject p = projectOf(c);
        ExpandStorageViewModel vm = new ExpandStorageViewModel(client, Background.callingThread(), dialogs, timer, c, p);
        vm.load();
        return vm;
    }

    @Test
    void limitsAndPricesBeforeAndAfter() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        assertEquals(513, vm.minGibProperty().get());
        assertEquals(8192, vm.maxGibProperty().get());
        assertEquals("", vm.unavailableProperty().get());
        String now = vm.priceNowProperty().get();
        assertTrue(now.matches("\\$[\\d,]+\\.\\d\\d a month"), now);
        vm.sizeGibProperty().set(1024);
        String after = vm.priceAfterProperty().get();
        assertTrue(after.matches("\\$[\\d,]+\\.\\d\\d a month \\(\\+\\$[\\d,]+\\.\\d\\d\\)"), after);
        assertTrue(vm.canSendProperty().get());
    }

    @Test
    void sentOnceThenProgressUntilTheNewSizeShows() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        vm.sizeGibProperty().set(1024);
        vm.send();
        vm.send();
        assertEquals(1, puts.get(), "sent once");
        assertFalse(vm.canSendProperty().get());
        assertEquals(ExpandStorageViewModel.POLL, timer.pause);
        clock.advance(Duration.ofSeconds(3));
        timer.fire();
        assertEquals("Expanding the storage: IN_PROGRESS…", vm.progressProperty().get());
        assertFalse(vm.doneProperty().get());
        clock.advance(Duration.ofSeconds(6));
        timer.fire();
        assertTrue(vm.doneProperty().get());
        assertEquals("Done: orders-prod has 1 TiB a node.", vm.progressProperty().get());
        assertFalse(timer.planned(), "no more looks");
        assertEquals(1, puts.get());
        assertEquals(1024 * GIB, client.cluster(CrateCatalogue.CLUSTER_ORDERS).diskSizePerNodeBytes());
    }

    /**
     * Seen by hand: the product could not be read, and the dialog said "From 513 to 0 GiB: storage
     * only grows." and "Price now: …" for as long as it was open, as if still asking.
     */
    @Test
    void aFailedReadSaysThePriceIsNotKnownAndNamesNoMaximum() throws Exception {
        CrateCluster c = client.cluster(CrateCatalogue.CLUSTER_ORDERS);
        ExpandStorageViewModel vm = new ExpandStorageViewModel(client, Background.callingThread(), dialogs, timer, c, projectOf(c));
        assertEquals("From 513 GiB: storage only grows.", vm.limitsProperty().get(), "before the product is read");
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        vm.load();
        assertFalse(vm.errorProperty().get().isEmpty(), "the read failed");
        assertEquals("Not known", vm.priceNowProperty().get());
        assertEquals("From 513 GiB: storage only grows.", vm.limitsProperty().get());
        assertFalse(vm.canSendProperty().get());
        assertTrue(vm.readFailedProperty().get(), "reading again is offered");
        vm.load();
        assertEquals("From 513 to 8192 GiB: storage only grows.", vm.limitsProperty().get(), "read again");
        assertFalse(vm.readFailedProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get());
    }

    @Test
    void notAllowedSaysWhyAndSendsNothing() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_FREE);
        assertEquals("free-trial's plan does not allow custom storage.", vm.unavailableProperty().get());
        assertFalse(vm.canSendProperty().get());
        vm.send();
        assertEquals(0, puts.get());
    }

    @Test
    void aRefusalIsShownAndMayBeAskedAgainAnUnknownOutcomeMayNot() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 600 * GIB); // another client's operation: now busy
        puts.set(0);
        vm.send();
        assertEquals(1, puts.get());
        assertTrue(vm.errorProperty().get().contains("Another operation"), vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get(), "a refusal did nothing: it may be asked again");
        assertTrue(dialogs.errors.isEmpty());

        ExpandStorageViewModel lost = model(CrateCatalogue.CLUSTER_ANALYTICS);
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        lost.send();
        assertFalse(lost.canSendProperty().get(), "the answer was lost: it may have been done, so never sent again");
        assertEquals(1, dialogs.errors.size());
        assertEquals(2, puts.get());
    }
}
