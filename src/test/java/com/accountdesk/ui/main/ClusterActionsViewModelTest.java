package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cluster actions asked for, sent once, busy refusals offered for a later try: over real HTTP
 * against the sandbox, the work on the test's thread, the questions answered from a script.
 */
class ClusterActionsViewModelTest {
    private SandboxServer sandbox;
    private AcmClient client;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger changed = new AtomicInteger();
    private Runnable stopListening = () -> { };

    /** A sandbox whose operations last {@code delay}: 30 s makes the next action surely find the first one running. */
    private ClusterActionsViewModel start(Duration delay) throws Exception {
        return start(delay, Clock.systemUTC());
    }

    /** As {@link #start(Duration)} on the sandbox's {@code clock}: a test moves it instead of waiting. */
    private ClusterActionsViewModel start(Duration delay, Clock clock) throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789")
                .withProvisioningDelay(delay), clock);
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
        stopListening = ExchangeTap.listen(x -> {
            if (!x.method().equals("GET") && x.path().startsWith("/cluster/")) {
                sent.add(x.method() + " " + x.path());
            }
        });
        return new ClusterActionsViewModel(client, Background.callingThread(), dialogs, changed::incrementAndGet);
    }

    @AfterEach
    void stop() {
        stopListening.run();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Cluster launch(String name) throws Exception {
        return SandboxClusters.launchSmall(client, name);
    }

    private String statusOf(Cluster c) throws Exception {
        return client.clusters("102").stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().status();
    }

    @Test
    void busyRefusalSaysSoAndIsSentAgainOnlyWhenTheUserAsks() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ofSeconds(30));
        Cluster c = launch("busy-vm");

        vm.run(ClusterActionsViewModel.Request.terminate(c, true));
        assertTrue(vm.retryLaterProperty().get() != null);
        assertEquals("busy-vm was not terminated: another operation is in progress on it. Try again once that has finished.",
                vm.messageProperty().get());
        assertTrue(vm.failedProperty().get());
        assertEquals(0, changed.get());
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of("DELETE /cluster/" + c.id() + "/1"), sent, "sent once");

        // Still busy: the user's Try again sends it once more, and only that once.
        vm.tryAgain();
        assertTrue(vm.retryLaterProperty().get() != null);
        assertEquals(2, sent.size(), "one more only when asked: " + sent);
        assertTrue(client.clusters("102").stream().anyMatch(x -> x.id().equals(c.id())));
    }

    @Test
    void stopAsksFirstAndSendsNothingWhenTheUserSaysNo() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ZERO);
        Cluster c = launch("stop-vm");
        dialogs.answer(false);

        vm.stop(c);
        assertEquals("Stop stop-vm?", dialogs.lastQuestion().header());
        assertEquals("Stop", dialogs.lastQuestion().action());
        assertEquals(List.of(), sent, "nothing sent after Cancel");
        assertEquals("", vm.messageProperty().get());
        assertEquals(0, changed.get());
        assertEquals("online", statusOf(c));
    }

    @Test
    void stopResumeAndRestartAreSentOnceTheUserAgrees() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ZERO);
        Cluster c = launch("cycle-vm");
        dialogs.answer(true, true, true);

        vm.stop(c);
        assertEquals(List.of("PUT /cluster/" + c.id() + "/stop"), sent);
        assertEquals("Stopping cycle-vm: it stops serving queries; Resume starts it again.", vm.messageProperty().get());
        assertFalse(vm.failedProperty().get());
        assertEquals(1, changed.get(), "the list is read again");
        assertEquals("stopped", statusOf(c));

        vm.resume(c);
        assertEquals("Resume cycle-vm?", dialogs.lastQuestion().header());
        assertEquals("PUT /cluster/" + c.id() + "/resume", sent.get(1));
        assertEquals("online", statusOf(c));

        vm.restart(c);
        assertEquals("Restart cycle-vm?", dialogs.lastQuestion().header());
        assertEquals("PUT /cluster/" + c.id() + "/restart", sent.get(2));
        assertEquals("Restarting cycle-vm.", vm.messageProperty().get());
        assertEquals(3, dialogs.asked.size());
        assertEquals(3, changed.get());
    }

    @Test
    void theSentenceOfAStopOrResumeEndsWhenTheListShowsItDone() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
        Duration delay = Duration.ofMinutes(5);
        start(delay, clock);
        Cluster c = launch("settle-vm");
        clock.advance(delay);
        ManualPollTimer timer = new ManualPollTimer();
        ClustersViewModel list = new ClustersViewModel(client, Background.callingThread(), timer);
        ClusterActionsViewModel vm = new ClusterActionsViewModel(client, Background.callingThread(), dialogs, list::refresh);
        vm.follow(list.clusters(), list.statuses());
        list.show(new Environment("102", "demo-gcp", "kubernetes", "", Instant.EPOCH));
        dialogs.answer(true, true);

        vm.stop(c);
        assertEquals("Stopping settle-vm: it stops serving queries; Resume starts it again.", vm.messageProperty().get());
        assertEquals("stopping", list.clusters().get(0).status(), "the list read again at once sees it under way");
        clock.advance(delay);
        timer.fire();
        assertEquals("stopped", list.clusters().get(0).status());
        assertEquals("settle-vm is stopped; Resume starts it again.", vm.messageProperty().get());

        vm.resume(list.clusters().get(0));
        assertEquals("Resuming settle-vm.", vm.messageProperty().get());
        clock.advance(delay.dividedBy(2));
        timer.fire();
        assertEquals("Resuming settle-vm.", vm.messageProperty().get(), "still under way");
        clock.advance(delay);
        timer.fire();
        assertEquals("online", list.clusters().get(0).status());
        assertEquals("settle-vm is running again.", vm.messageProperty().get());
        assertFalse(vm.failedProperty().get());
    }

    @Test
    void terminateChecksTheListAndSaysWhatHappenedToTheData() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ZERO);
        Cluster kept = launch("keep-data");
        Cluster deleted = launch("drop-data");

        vm.run(ClusterActionsViewModel.Request.terminate(kept, false));
        assertEquals("keep-data was terminated. Its data was kept.", vm.messageProperty().get());
        vm.run(ClusterActionsViewModel.Request.terminate(deleted, true));
        assertEquals("drop-data was terminated. Its data was deleted.", vm.messageProperty().get());
        assertEquals(List.of("DELETE /cluster/" + kept.id() + "/0", "DELETE /cluster/" + deleted.id() + "/1"), sent);
        assertTrue(client.clusters("102").stream().noneMatch(x -> x.id().equals(kept.id()) || x.id().equals(deleted.id())));
        assertTrue(dialogs.asked.isEmpty(), "its own dialog asked; the view-model asks nothing more");
    }

    @Test
    void aFailureNamesTheActionAndTheClusterAndIsNotOfferedAgain() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ZERO);
        Cluster c = launch("up-vm");

        vm.run(ClusterActionsViewModel.Request.upgrade(c, "not a version"));
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Upgrade up-vm: "), vm.messageProperty().get());
        assertNull(vm.retryLaterProperty().get(), "only a busy refusal is offered for Try again");
        assertEquals(1, changed.get(), "the list is read again: the answer may have changed something");
    }

    @Test
    void noQuestionWithoutACluster() {
        ClusterActionsViewModel vm = new ClusterActionsViewModel(null, Background.callingThread(), dialogs, changed::incrementAndGet);
        vm.stop(null);
        vm.resume(null);
        vm.restart(null);
        assertTrue(dialogs.asked.isEmpty());
    }

    @Test
    void aLockedClusterHasNoActionsAndSaysWhy() throws Exception {
        ClusterActionsViewModel vm = start(Duration.ofMillis(1));
        Cluster launched = launch("locked-one");
        sandbox.state().write(d -> {
            d.clusters.stream().filter(c -> c.id.equals(launched.id())).forEach(c -> c.locked = true);
            return null;
        });
        Cluster locked = client.clusters("102").stream().filter(c -> c.id().equals(launched.id())).findFirst().orElseThrow();
        assertTrue(locked.locked());

        for (ClusterActionsViewModel.Action action : ClusterActionsViewModel.Action.values()) {
            assertFalse(ClusterActionsViewModel.allowed(action, locked, null), action.name());
        }
        String why = "locked-one is locked in ACM: unlock it there to change it.";
        assertEquals(why, ClusterActionsViewModel.lockedNote(locked));
        assertEquals("", ClusterActionsViewModel.lockedNote(launched));

        // Nothing is asked or sent for it, even when asked for directly.
        vm.stop(locked);
        vm.run(ClusterActionsViewModel.Request.terminate(locked, true));
        assertTrue(dialogs.asked.isEmpty());
        assertTrue(sent.isEmpty(), sent.toString());
        assertEquals(why, vm.messageProperty().get());
        assertTrue(vm.failedProperty().get());
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
