package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The environments list without a window: loaded from the sandbox over real HTTP on the test's thread, then searched. */
class EnvironmentsViewModelTest {
    private static final String TOKEN = "environments-test-token-0123456789";
    private SandboxServer sandbox;
    private EnvironmentsViewModel vm;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(TOKEN, now, now + 3600)));
        AcmClient client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(TOKEN),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(0, Duration.ofMillis(1))));
        vm = new EnvironmentsViewModel(client, Background.callingThread());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<String> shownIds() {
        return vm.shown().stream().map(Environment::id).toList();
    }

    @Test
    void theAccountsEnvironmentsLoadAndTheSearchFiltersThem() {
        vm.refresh();
        List<String> onServer = sandbox.state().read(d -> d.environments.stream().map(e -> e.id).toList());
        assertFalse(onServer.isEmpty());
        assertEquals(onServer, shownIds());
        assertFalse(vm.loadingProperty().get());
        assertEquals("", vm.errorProperty().get());

        String gcpId = sandbox.state().read(d -> d.environments.stream()
                .filter(e -> e.name.equals(DemoAccount.ENVIRONMENT_GCP)).findFirst().orElseThrow().id);
        vm.searchProperty().set(DemoAccount.ENVIRONMENT_GCP.toUpperCase());
        assertEquals(List.of(gcpId), shownIds(), "found by its name, whatever the case");
        vm.searchProperty().set("no such environment");
        assertTrue(vm.shown().isEmpty());
        assertEquals(onServer.size(), vm.all().size(), "the list itself is kept");
        vm.searchProperty().set(" ");
        assertEquals(onServer, shownIds());
    }

    @Test
    void aFailedLoadIsSaidAndTheRowsShownBeforeStay() {
        vm.refresh();
        int before = vm.all().size();
        sandbox.faults().setRates(new FaultInjector.Rates(Duration.ZERO, 1.0, 0, 0, 0));

        vm.refresh();

        assertTrue(vm.errorProperty().get().startsWith("The server had a problem"), vm.errorProperty().get());
        assertEquals(before, vm.all().size(), "the stale rows stay, the error says why they may be old");
        sandbox.faults().setRates(FaultInjector.Rates.NONE);
        vm.refresh();
        assertEquals("", vm.errorProperty().get(), "a good answer clears the error");
    }
}
