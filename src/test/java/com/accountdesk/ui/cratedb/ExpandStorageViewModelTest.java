package com.accountdesk.ui.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProject;
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
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expand Storage…'s decisions: limits, prices, sent once, progress until the size shows; the sandbox over real HTTP. */
class ExpandStorageViewModelTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Timer timer = new Timer();
    private final AtomicInteger storagePuts = new AtomicInteger();
    private SandboxServer sandbox;
    private CrateCloudClient client;
    private Runnable stopListening = () -> { };

    /** One planned look at a time; the test runs it. */
    static final class Timer implements PollTimer {
        Duration pause;
        Runnable look;

        @Override
        public void schedule(Duration after, Runnable next) {
            pause = after;
            look = next;
        }

        @Override
        public void cancel() {
            look = null;
        }

        void fire() {
            Runnable next = look;
            look = null;
            next.run();
        }
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        client = new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                Secret.of(DemoAccount.CRATE_SECRET), null,
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5))));
        stopListening = ExchangeTap.listen(x -> {
            if (x.method().equals("PUT") && x.path().endsWith("/storage/")) {
                storagePuts.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stop() {
        stopListening.run();
        sandbox.close();
    }

    private ExpandStorageViewModel model(String clusterId) throws Exception {
        CrateCluster c = client.cluster(clusterId);
        CrateProject p = client.projects().stream().filter(x -> x.id().equals(c.projectId())).findFirst().orElseThrow();
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
        assertEquals(1, storagePuts.get(), "sent once");
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
        assertNull(timer.look, "no more looks");
        assertEquals(1, storagePuts.get());
        assertEquals(1024 * GIB, client.cluster(CrateCatalogue.CLUSTER_ORDERS).diskSizePerNodeBytes());
    }

    @Test
    void notAllowedSaysWhyAndSendsNothing() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_FREE);
        assertEquals("free-trial's plan does not allow custom storage.", vm.unavailableProperty().get());
        assertFalse(vm.canSendProperty().get());
        vm.send();
        assertEquals(0, storagePuts.get());
    }

    @Test
    void aRefusalIsShownAndMayBeAskedAgainAnUnknownOutcomeMayNot() throws Exception {
        ExpandStorageViewModel vm = model(CrateCatalogue.CLUSTER_ORDERS);
        client.expandStorage(CrateCatalogue.CLUSTER_ORDERS, 600 * GIB); // another client's operation: now busy
        storagePuts.set(0);
        vm.send();
        assertEquals(1, storagePuts.get());
        assertTrue(vm.errorProperty().get().contains("Another operation"), vm.errorProperty().get());
        assertTrue(vm.canSendProperty().get(), "a refusal did nothing: it may be asked again");
        assertTrue(dialogs.errors.isEmpty());

        ExpandStorageViewModel lost = model(CrateCatalogue.CLUSTER_ANALYTICS);
        sandbox.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        lost.send();
        assertFalse(lost.canSendProperty().get(), "the answer was lost: it may have been done, so never sent again");
        assertEquals(1, dialogs.errors.size());
        assertEquals(2, storagePuts.get());
    }
}
