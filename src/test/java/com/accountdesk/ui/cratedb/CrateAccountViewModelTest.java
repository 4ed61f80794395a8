package com.accountdesk.ui.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.keys.CrateKeys;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CrateDB account page's view-model against the sandbox over real HTTP, on the test's thread. */
class CrateAccountViewModelTest {
    private SandboxServer sandbox;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private Runnable untap;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        untap = ExchangeTap.listen(x -> requests.add(x.method() + " " + x.path()));
    }

    @AfterEach
    void stop() {
        untap.run();
        sandbox.close();
    }

    private CrateAccountViewModel viewModel(String secret, String region) throws Exception {
        CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                Secret.of(secret), region, new HttpTransport());
        return new CrateAccountViewModel(new CrateKeys(client), Background.callingThread());
    }

    @Test
    void nothingIsReadUntilLoadThenTheUserIsShown() throws Exception {
        CrateAccountViewModel vm = viewModel(DemoAccount.CRATE_SECRET, null);
        assertEquals(List.of(), requests, "building it sends nothing");
        assertEquals("default (no X-Region)", vm.region());
        assertEquals(sandbox.crateBaseUrl(), vm.endpoint());

        vm.load();
        assertEquals(1, requests.size());
        assertEquals(DemoAccount.LOGIN, vm.emailProperty().get());
        assertEquals(DemoAccount.CRATE_USERNAME, vm.usernameProperty().get());
        assertEquals(DemoAccount.NAME, vm.nameProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aRefusalIsSaid() throws Exception {
        CrateAccountViewModel vm = viewModel("not-the-secret", "eu-west-1");
        assertEquals("eu-west-1", vm.region());
        vm.load();
        assertTrue(vm.errorProperty().get().contains("not valid any more"), vm.errorProperty().get());
    }
}
