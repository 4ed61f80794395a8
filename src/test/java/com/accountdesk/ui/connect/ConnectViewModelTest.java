package com.accountdesk.ui.connect;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Provider;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.Session;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in screen's state without a window: work runs on the test's thread, sign-ins go to the
 * sandbox over real HTTP on loopback.
 */
class ConnectViewModelTest {
    private SandboxServer server;
    private LocalSandbox local;
    private ProfileStore store;
    private Settings settings;
    private InMemorySecretStore secrets;
    private Accounts accounts;
    private final List<Session> connected = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = SandboxServer.start(SandboxOptions.inMemory());
        local = new LocalSandbox(server.acmBaseUrl(), server.crateBaseUrl(), DemoAccount.LOGIN, DemoAccount.PASSWORD,
                DemoAccount.TWO_FACTOR_LOGIN, DemoAccount.TWO_FACTOR_CODE, DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET);
        store = new ProfileStore(null);
        settings = Settings.inMemory();
        secrets = new InMemorySecretStore();
        accounts = new Accounts(new HttpTransport(), store, secrets, settings, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectViewModel onSandbox() {
        ConnectViewModel vm = new ConnectViewModel(accounts, Background.callingThread());
        vm.sandboxStarted(local);
        return vm;
    }

    @Test
    void signingInOnTheSandboxSavesTheAccountAndForgetsThePassword() {
        ConnectViewModel vm = onSandbox();
        assertEquals(server.acmBaseUrl(), vm.endpointProperty().get());
        assertTrue(vm.sandboxProperty().get());
        assertTrue(vm.sandboxHintProperty().get().contains(DemoAccount.LOGIN), vm.sandboxHintProperty().get());
        vm.loginProperty().set(DemoAccount.LOGIN);
        vm.passwordProperty().set(DemoAccount.PASSWORD);
        assertTrue(vm.canConnect().get());

        vm.connect(connected::add);

        assertEquals(1, connected.size(), vm.errorProperty().get());
        assertEquals(DemoAccount.NAME, connected.get(0).displayName());
        assertEquals("", vm.passwordProperty().get(), "the password is not kept");
        assertEquals(1, store.all().size());
        assertTrue(store.all().get(0).onSandbox());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aWrongPasswordIsSaidAndWhatWasTypedStays() {
        ConnectViewModel vm = onSandbox();
        vm.loginProperty().set(DemoAccount.LOGIN);
        vm.passwordProperty().set("not-the-password");

        vm.connect(connected::add);

        assertTrue(connected.isEmpty());
        assertTrue(vm.errorProperty().get().startsWith("Wrong user name or password"), vm.errorProperty().get());
        assertEquals(DemoAccount.LOGIN, vm.loginProperty().get());
        assertEquals("not-the-password", vm.passwordProperty().get());
        assertTrue(store.all().isEmpty(), "nothing saved");
    }

    /**
     * Seen by hand with the sandbox dropping connections: the sign-in said "If you were saving a
     * change, it may or may not have been made: refresh to check before trying again" — there is no
     * change and nothing to refresh on the sign-in screen.
     */
    @Test
    void aSignInWhoseAnswerNeverCameSaysToTryAgainAndKeepsWhatWasTyped() {
        ConnectViewModel vm = onSandbox();
        vm.loginProperty().set(DemoAccount.LOGIN);
        vm.passwordProperty().set(DemoAccount.PASSWORD);
        server.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        vm.connect(connected::add);
        server.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);

        assertTrue(connected.isEmpty());
        String error = vm.errorProperty().get();
        assertFalse(error.contains("saving a change") || error.contains("refresh"), error);
        assertTrue(error.startsWith("The connection broke before the server answered") && error.contains("not signed in. Try again."), error);
        assertEquals(DemoAccount.PASSWORD, vm.passwordProperty().get(), "what was typed stays");
        vm.connect(connected::add);
        assertEquals(1, connected.size(), vm.errorProperty().get());
    }

    @Test
    void twoFactorAsksForTheCodeThenSignsIn() {
        ConnectViewModel vm = onSandbox();
        vm.loginProperty().set(DemoAccount.TWO_FACTOR_LOGIN);
        vm.passwordProperty().set(DemoAccount.PASSWORD);
        vm.connect(connected::add);
        assertTrue(vm.codeNeeded().get(), vm.errorProperty().get());
        assertTrue(connected.isEmpty());

        vm.codeProperty().set("000000");
        vm.connect(connected::add);
        assertTrue(vm.errorProperty().get().contains("verification code was not accepted"), vm.errorProperty().get());

        vm.codeProperty().set(DemoAccount.TWO_FACTOR_CODE);
        vm.connect(connected::add);
        assertEquals(1, connected.size(), vm.errorProperty().get());
    }

    @Test
    void aCodeWhoseAnswerNeverCameIsKeptAndTheSignInCanBeFinished() {
        ConnectViewModel vm = onSandbox();
        vm.loginProperty().set(DemoAccount.TWO_FACTOR_LOGIN);
        vm.passwordProperty().set(DemoAccount.PASSWORD);
        vm.connect(connected::add);
        assertTrue(vm.codeNeeded().get(), vm.errorProperty().get());
        vm.codeProperty().set(DemoAccount.TWO_FACTOR_CODE);
        server.faults().script(com.accountdesk.sandbox.http.FaultInjector.Fault.DROP);
        vm.connect(connected::add);
        assertTrue(connected.isEmpty());
        String error = vm.errorProperty().get();
        assertFalse(error.contains("not accepted") || error.contains("refresh"), error);
        assertEquals(DemoAccount.TWO_FACTOR_CODE, vm.codeProperty().get(), "what was typed stays");
        assertEquals(DemoAccount.PASSWORD, vm.passwordProperty().get(), "what was typed stays");

        // The challenge the code answered may be used up: Connect signs in again and the code is asked again.
        vm.connect(connected::add);
        assertTrue(vm.codeNeeded().get(), vm.errorProperty().get());
        assertEquals("", vm.errorProperty().get());
        vm.connect(connected::add);
        assertEquals(1, connected.size(), vm.errorProperty().get());
    }

    @Test
    void aCrateDbKeyIsSavedWithItsSecretAndOpensAgainSignedIn() {
        ConnectViewModel vm = onSandbox();
        vm.providerProperty().set(Provider.CRATEDB);
        assertEquals(server.crateBaseUrl(), vm.endpointProperty().get(), "the endpoint follows the cloud");
        vm.crateKeyProperty().set(DemoAccount.CRATE_KEY);
        vm.crateSecretProperty().set(DemoAccount.CRATE_SECRET);
        vm.connect(connected::add);
        assertEquals(1, connected.size(), vm.errorProperty().get());
        Profile saved = store.all().get(0);

        ConnectViewModel again = onSandbox();
        again.open(saved, true, connected::add);
        assertEquals(2, connected.size(), again.errorProperty().get());
        assertEquals(DemoAccount.CRATE_KEY, again.crateKeyProperty().get());
        assertEquals("", again.crateSecretProperty().get(), "the secret is cleared once signed in");
    }

    @Test
    void theAccountUsedLastOpensOnceTheSandboxIsUpWhenItWasOpenedBefore() {
        ConnectViewModel first = onSandbox();
        first.crateKeyProperty().set(DemoAccount.CRATE_KEY);
        first.providerProperty().set(Provider.CRATEDB);
        first.crateSecretProperty().set(DemoAccount.CRATE_SECRET);
        first.connect(connected::add);
        assertEquals(1, connected.size(), first.errorProperty().get());

        ConnectViewModel atStart = ConnectViewModel.withSavedAccountsLater(accounts, Background.callingThread());
        assertTrue(atStart.profiles().isEmpty(), "read after the first frame");
        atStart.loadSavedAccounts(connected::add);
        assertEquals(1, atStart.profiles().size());
        assertEquals(1, connected.size(), "waits for the sandbox");

        atStart.sandboxStarted(local);
        assertEquals(2, connected.size(), atStart.errorProperty().get());
    }

    @Test
    void whatTheUserTypedBeforeTheSavedAccountsArrivedIsKept() {
        Profile saved = store.save(Profile.draft(Provider.ACM, "https://acm.example.invalid/api", "ann@example.com", ""));
        settings.put(com.accountdesk.credentials.ProfileStore.LAST_USED_SETTING, saved.id());
        ConnectViewModel vm = ConnectViewModel.withSavedAccountsLater(accounts, Background.callingThread());
        vm.sandboxStarted(null);
        vm.loginProperty().set("bob@example.com");

        vm.loadSavedAccounts(connected::add);

        assertEquals(1, vm.profiles().size());
        assertEquals("bob@example.com", vm.loginProperty().get());
        assertNull(vm.selectedProfileProperty().get());
    }

    @Test
    void theSandboxFailingToStartIsSaidAndARealEndpointIsOffered(@TempDir Path dir) throws IOException {
        // The port is taken and the state folder is a file: the embedded sandbox cannot start.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Exception failure;
        try {
            SandboxServer.start(SandboxOptions.inMemory().withPort(server.port()).withStateFile(notAFolder.resolve("state.json"), false))
                    .close();
            throw new AssertionError("the sandbox started on a taken port");
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        ConnectViewModel vm = ConnectViewModel.withSavedAccountsLater(accounts, Background.callingThread());
        vm.loginProperty().set("ann@example.com");

        vm.sandboxFailed(new java.util.concurrent.CompletionException(failure));

        assertTrue(vm.errorProperty().get().contains("built-in sandbox could not start"), vm.errorProperty().get());
        assertEquals(Provider.ACM.defaultEndpoint(), vm.endpointProperty().get());
        assertFalse(vm.sandboxProperty().get());
        assertEquals("ann@example.com", vm.loginProperty().get(), "nothing typed is lost");
        vm.passwordProperty().set("pw");
        assertTrue(vm.canConnect().get(), "a real endpoint can be used");
        vm.providerProperty().set(Provider.CRATEDB);
        assertEquals(Provider.CRATEDB.defaultEndpoint(), vm.endpointProperty().get());
    }
}
