package com.accountdesk.ui.launch;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.testing.Wait;
import com.accountdesk.testing.FixedServer.Answer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.concurrent.CountDownLatch;

import static com.accountdesk.ui.launch.LaunchAction.Phase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sending a launch through real HTTP on loopback: the sandbox for the normal path, a
 * {@link FixedServer} for answers that never come. A launch must never be sent twice by accident.
 */
class LaunchActionTest {
    private static final Environment ENV = new Environment("101", "demo-aws", "kubernetes", "d", null);
    private static final String CLUSTER = "{\"id\":\"7\",\"name\":\"api-test\",\"status\":\"provisioning\"}";
    private static final HttpTransport SHORT_TIMEOUTS = new HttpTransport(HttpTransport.Settings.defaults()
            // Long enough that a loopback answer on a busy machine is never taken for a lost one.
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(8))
            .withRetries(1, Duration.ofMillis(10)));
    private static LaunchWizardViewModel wizard(AcmClient client, Settings settings) {
        // Every call runs on the test's thread, in order: no toolkit, no waits.
        LaunchWizardViewModel vm = new LaunchWizardViewModel(client, Background.callingThread(), new ScriptedDialogs(), settings);
        fx(() -> {
            vm.environmentProperty().set(ENV);
            vm.cluster().nameProperty().set("api-test");
            vm.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
            vm.cluster().adminPassConfirmProperty().set("Str0ng-Passw0rd!");
            vm.resources().replicasProperty().set("2");
            vm.goTo(WizardPage.REVIEW);
        });
        return vm;
    }

    private static AcmClient client(String base) {
        return new AcmClient(HttpUrl.get(base), Secret.of("test-key"), SHORT_TIMEOUTS);
    }

    private static void fx(Runnable action) {
        action.run();
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) {
        assertTrue(done.getAsBoolean(), "the outcome is there as soon as the call returns");
    }

    private static Phase phase(LaunchWizardViewModel vm) {
        return vm.launch().phaseProperty().get();
    }

    /**
     * A server scripted by the n-th launch POST and the n-th search for the cluster. The first GET of
     * the cluster list is the wizard's look at the names already taken (sent when the environment is
     * chosen): it finds none. The environment's options (node types, versions, Keepers, zones) are empty lists.
     */
    private static FixedServer scripted(IntFunction<Answer> post, IntFunction<Answer> getAfterPost) throws Exception {
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger gets = new AtomicInteger();
        return FixedServer.byRequest((n, request) -> {
            if (request.method().equals("POST")) {
                return post.apply(posts.incrementAndGet());
            }
            if (!isClusterList(request)) {
                return Answer.json(200, "{\"data\":[]}");
            }
            int get = gets.incrementAndGet();
            return get == 1 ? Answer.json(200, "{\"data\":[]}") : getAfterPost.apply(get - 1);
        });
    }

    private static boolean isClusterList(FixedServer.Seen request) {
        return request.method().equals("GET") && request.path().endsWith("/clusters");
    }

    /** Cluster-list GETs other than the first (the look at names taken): searches for the launched cluster. */
    private static long searches(FixedServer server) {
        return Math.max(0, server.seen().stream().filter(LaunchActionTest::isClusterList).count() - 1);
    }

    private static List<String> postedBodies(FixedServer server) {
        return server.seen().stream().filter(r -> r.method().equals("POST")).map(FixedServer.Seen::body).toList();
    }

    private static Answer drop() {
        throw new IllegalStateException("connection dropped on purpose");
    }

    private static long posts(FixedServer server) {
        return server.seen().stream().filter(s -> s.method().equals("POST")).count();
    }

    @Test
    void twoPressesWhileSendingSendOneLaunchToTheSandbox() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key"))) {
            Settings settings = Settings.inMemory();
            LaunchWizardViewModel vm = wizard(client(sandbox.acmBaseUrl()), settings);
            fx(() -> {
                vm.launch().launch();
                assertFalse(vm.launch().canLaunch().get(), "Launch is disabled once pressed");
                vm.launch().launch();
            });
            waitUntil(() -> phase(vm) == Phase.LAUNCHED);
            assertEquals(1, sandbox.launchRequests());
            assertEquals("api-test", vm.launchedProperty().get().name());
            assertEquals("provisioning", vm.launchedProperty().get().status());
            assertEquals("101", settings.get(LaunchWizardViewModel.LAST_ENVIRONMENT, null));
            fx(() -> vm.launch().launch());
            assertEquals(1, sandbox.launchRequests(), "nothing is sent after a launch succeeded");
        }
    }

    @Test
    void aServerRefusalGoesBackToThePageOfTheFieldItNames() throws Exception {
        try (FixedServer server = scripted(n -> Answer.json(400,
                "{\"error\":\"https_port: 8443 is reserved here.\",\"code\":400,\"field\":\"https_port\"}"),
                n -> Answer.json(200, "{\"data\":[]}"))) {
            LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.EDITING && vm.pageProperty().get() == WizardPage.CONNECTION);
            assertEquals("https_port: 8443 is reserved here.", vm.error(LaunchField.HTTPS_PORT).get());
            assertEquals("api-test", vm.cluster().nameProperty().get(), "nothing typed is lost");
            assertEquals(0, searches(server), "a refusal is not followed by a search");
        }
    }

    @Test
    void afterADroppedConnectionTheClusterIsFoundAndNotSentAgain() throws Exception {
        try (FixedServer server = scripted(n -> drop(), n -> Answer.json(200, "{\"data\":[" + CLUSTER + "]}"))) {
            LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.LAUNCHED);
            assertEquals("7", vm.launchedProperty().get().id());
            assertTrue(vm.launch().messageProperty().get().contains("it was launched"));
            assertEquals(1, posts(server));
            assertEquals(1, searches(server));
            assertEquals("/api/environment/101/clusters", server.seen().get(server.seen().size() - 1).path());
        }
    }

    @Test
    void afterATimeoutTheClusterIsLookedForBeforeAnythingElse() throws Exception {
        CountDownLatch clientDone = new CountDownLatch(1);
        // The launch is answered only once the client has given up on it (its read timeout is 2 s).
        try (FixedServer server = scripted(n -> {
            Wait.forRelease(clientDone, Duration.ofSeconds(10));
            return Answer.json(200, "{\"data\":" + CLUSTER + "}");
        }, n -> Answer.json(200, "{\"data\":[" + CLUSTER + "]}"))) {
            try {
                LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
                fx(() -> vm.launch().launch());
                waitUntil(() -> phase(vm) == Phase.LAUNCHED);
                assertTrue(vm.launch().messageProperty().get().contains("lost"), vm.launch().messageProperty().get());
                assertEquals(1, posts(server));
            } finally {
                clientDone.countDown();
            }
        }
    }

    @Test
    void whenTheLaunchDidNotArriveTryAgainIsOfferedAndSendsOnce() throws Exception {
        try (FixedServer server = scripted(
                n -> n == 1 ? drop() : Answer.json(200, "{\"metadata\":{\"changed\":true},\"data\":" + CLUSTER + "}"),
                n -> Answer.json(200, "{\"data\":[]}"))) {
            LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.NOT_FOUND);
            assertTrue(vm.launch().messageProperty().get().contains("safe to launch again"));
            assertTrue(vm.launch().canLaunch().get());
            assertEquals(1, posts(server));
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.LAUNCHED);
            assertEquals(2, posts(server));
            List<String> sent = postedBodies(server);
            assertEquals(sent.get(0), sent.get(1), "the same request again");
        }
    }

    @Test
    void whenTheSearchFailsTooOnlyCheckingAgainIsOffered() throws Exception {
        try (FixedServer server = scripted(n -> drop(),
                n -> n == 1 ? drop() : Answer.json(200, "{\"data\":[" + CLUSTER + "]}"))) {
            LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.CHECK_FAILED);
            assertFalse(vm.launch().canLaunch().get(), "no second launch while it is unknown whether the first arrived");
            fx(() -> vm.launch().launch());
            assertEquals(1, posts(server));
            fx(() -> vm.launch().checkAgain());
            waitUntil(() -> phase(vm) == Phase.LAUNCHED);
            assertEquals(1, posts(server));
        }
    }

    @Test
    void aClearRefusalWithoutAFieldLetsTheUserLaunchAgainWithoutASearch() throws Exception {
        try (FixedServer server = scripted(n -> Answer.json(401, "{\"error\":\"Unknown API key.\",\"code\":401}"),
                n -> Answer.json(200, "{\"data\":[]}"))) {
            LaunchWizardViewModel vm = wizard(client(server.baseUrl()), Settings.inMemory());
            fx(() -> vm.launch().launch());
            waitUntil(() -> phase(vm) == Phase.EDITING && !vm.launch().messageProperty().get().startsWith("Launching"));
            assertTrue(vm.launch().messageProperty().get().contains("Sign in again"));
            assertEquals(0, searches(server));
            assertEquals(1, posts(server));
            assertEquals(WizardPage.REVIEW, vm.pageProperty().get());
        }
    }
}
