package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.ExchangeTap;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.Fx;
import com.accountdesk.testing.Wait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cluster actions sent once, busy refusals offered for a later try, over real HTTP against the sandbox. */
class ClusterActionsViewModelTest {
    private static ExecutorService executor;
    private SandboxServer sandbox;
    private AcmClient client;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private Runnable stopListening;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @BeforeEach
    void start() throws Exception {
        // Operations last long enough that the next action surely finds the first one running.
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789")
                .withProvisioningDelay(Duration.ofSeconds(30)));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
        stopListening = ExchangeTap.listen(x -> {
            if (!x.method().equals("GET") && x.path().startsWith("/cluster/")) {
                sent.add(x.method() + " " + x.path());
            }
        });
    }

    @AfterEach
    void stop() {
        stopListening.run();
        sandbox.close();
    }

    private static void fx(Runnable action) {
        Fx.run(action);
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) {
        Wait.until("the action's answer", Duration.ofSeconds(10), () -> Fx.call(condition));
    }

    @Test
    void busyRefusalSaysSoAndIsSentAgainOnlyWhenTheUserAsks() throws Exception {
        Cluster c = client.launchCluster("102", new LaunchRequest("busy-vm", "admin", Secret.of("s3cret-pass"), "",
                "n2d-standard-2", 1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
        AtomicInteger changed = new AtomicInteger();
        ClusterActionsViewModel vm = new ClusterActionsViewModel(client, executor, changed::incrementAndGet);

        fx(() -> vm.run(ClusterActionsViewModel.Request.terminate(c, true)));
        until(() -> vm.retryLaterProperty().get() != null);
        assertTrue(vm.messageProperty().get().contains("busy-vm was not terminated: another operation is in progress"),
                vm.messageProperty().get());
        assertTrue(vm.failedProperty().get());
        assertEquals(0, changed.get());
        assertFalse(vm.runningProperty().get());
        assertEquals(1, sent.size(), "sent once: " + sent);
        assertEquals("DELETE /cluster/" + c.id() + "/1", sent.get(0));

        // Still busy: the user's Try again sends it once more, and only that once.
        fx(vm::tryAgain);
        until(() -> !vm.runningProperty().get() && vm.retryLaterProperty().get() != null);
        assertEquals(2, sent.size(), "one more only when asked: " + sent);
        assertTrue(client.clusters("102").stream().anyMatch(x -> x.id().equals(c.id())));
    }

    @Test
    void whatEachActionIsAllowedFor() {
        Cluster running = new Cluster("1", "a", "online", "102", 1, 1, 1);
        Cluster stopped = new Cluster("1", "a", "stopped", "102", 1, 1, 1);
        ClusterStatus upgrading = new ClusterStatus("Upgrade", 20, 0, 1);
        assertTrue(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.STOP, running, null));
        assertFalse(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.STOP, running, upgrading));
        assertFalse(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.STOP, stopped, null));
        assertTrue(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.RESUME, stopped, null));
        assertFalse(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.RESUME, running, null));
        assertFalse(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.RESCALE, stopped, null));
        assertTrue(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.TERMINATE, stopped, upgrading));
        assertFalse(ClusterActionsViewModel.allowed(ClusterActionsViewModel.Action.TERMINATE, null, null));
    }
}
