package com.accountdesk.ui.launch;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.Secret;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's view-model reading node types and the pre-flight from the sandbox, over real HTTP. */
class EnvironmentOptionsTest {
    private static final Environment AWS = new Environment("101", "demo-aws", "kubernetes", "d", null);
    private static final Environment GCP = new Environment("102", "demo-gcp", "kubernetes", "d", null);
    private static ExecutorService executor;
    private SandboxServer sandbox;
    private AcmClient client;
    private LaunchWizardViewModel vm;

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
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789"));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
        vm = Fx.call(() -> new LaunchWizardViewModel(client, executor, Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void until(String what, Callable<Boolean> condition) {
        Wait.until(what, Duration.ofSeconds(10), () -> Fx.call(condition));
    }

    @Test
    void nodeTypesOfTheEnvironmentReplaceADefaultItDoesNotOffer() {
        Fx.run(() -> {
            vm.environmentProperty().set(AWS);
            vm.loadNodeTypes();
        });
        until("the node types", () -> vm.nodeTypesStateProperty().get() == LaunchWizardViewModel.OptionsState.LOADED);
        assertEquals(List.of("m6i.large", "m6i.xlarge", "m6i.2xlarge"), Fx.call(() -> vm.nodeTypes().stream().map(NodeType::code).toList()));
        assertEquals("m6i.large", Fx.call(() -> vm.nodeTypeProperty().get()), "the GCP default is not kept on AWS");
        assertEquals("m6i.large · 2 CPU · 8 GiB", Fx.call(vm::nodeTypeDescription));

        // A type the user chose from the list stays when the list is read again.
        Fx.run(() -> {
            vm.nodeTypeProperty().set("m6i.2xlarge");
            vm.loadNodeTypes();
        });
        until("the node types again", () -> vm.nodeTypesStateProperty().get() == LaunchWizardViewModel.OptionsState.LOADED);
        assertEquals("m6i.2xlarge", Fx.call(() -> vm.nodeTypeProperty().get()));
    }

    @Test
    void aListThatCannotBeReadFallsBackToFreeTextWithAWarning() {
        Fx.run(() -> {
            vm.environmentProperty().set(new Environment("999", "gone", "kubernetes", "d", null));
            vm.nodeTypeProperty().set("custom-type-1");
            vm.loadNodeTypes();
        });
        until("the failure", () -> vm.nodeTypesStateProperty().get() == LaunchWizardViewModel.OptionsState.FAILED);
        assertTrue(Fx.call(() -> vm.nodeTypesMessageProperty().get()).startsWith("Could not read the node types"));
        assertEquals("custom-type-1", Fx.call(() -> vm.nodeTypeProperty().get()), "what was typed stays");
        assertEquals("", Fx.call(() -> vm.error(LaunchField.NODE_TYPE).get()), "and may still be launched");
    }

    @Test
    void preflightRefusalKeepsLaunchOffWithTheServersReason() throws Exception {
        for (int i = 1; i <= 5; i++) {
            client.launchCluster("102", new LaunchRequest("full-" + i, "admin", Secret.of("s3cret-pass"), "",
                    "n2d-standard-2", 1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
        }
        Fx.run(() -> {
            vm.environmentProperty().set(GCP);
            vm.nameProperty().set("one-more");
            vm.adminPassProperty().set("Str0ng-Passw0rd!");
            vm.adminPassConfirmProperty().set("Str0ng-Passw0rd!");
            vm.goTo(WizardPage.REVIEW);
            vm.checkLaunchValidity();
        });
        until("the pre-flight", () -> vm.preflightProperty().get() != null);
        LaunchValidity refused = Fx.call(() -> vm.preflightProperty().get());
        assertEquals(LaunchValidity.Verdict.REFUSED, refused.verdict());
        assertTrue(refused.reason().contains("already has 5 clusters"), refused.reason());
        assertFalse(Fx.call(() -> vm.launch().canLaunch().get()), "Launch stays off");

        Fx.run(() -> {
            vm.environmentProperty().set(AWS);
            vm.checkLaunchValidity();
        });
        until("the pre-flight in another environment", () -> vm.preflightProperty().get() != null);
        assertEquals(LaunchValidity.Verdict.VALID, Fx.call(() -> vm.preflightProperty().get().verdict()));
        assertTrue(Fx.call(() -> vm.launch().canLaunch().get()));
    }
}
