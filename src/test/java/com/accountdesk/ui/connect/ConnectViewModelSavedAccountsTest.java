package com.accountdesk.ui.connect;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Provider;
import com.accountdesk.session.Accounts;
import com.accountdesk.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect screen at start is drawn before the saved accounts are read; they arrive after, and
 * the account used last opens then, unless the user has begun typing.
 */
class ConnectViewModelSavedAccountsTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private Accounts accounts;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void savedAccount() {
        ProfileStore store = new ProfileStore(null);
        Settings settings = Settings.inMemory();
        Profile saved = store.save(Profile.draft(Provider.ACM, "https://acm.example.invalid/api", "ann@example.com", ""));
        settings.put(ProfileStore.LAST_USED_SETTING, saved.id());
        accounts = new Accounts(new HttpTransport(), store, new InMemorySecretStore(), settings, null);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private ConnectViewModel atStart() {
        return Fx.call(() -> ConnectViewModel.withSavedAccountsLater(accounts, executor, CompletableFuture.completedFuture(null)));
    }

    @Test
    void theSavedAccountsArriveAfterTheScreenAndTheOneUsedLastOpens() {
        ConnectViewModel viewModel = atStart();
        assertTrue(Fx.call(() -> viewModel.profiles().isEmpty()), "read before the first frame");

        Fx.run(() -> viewModel.loadSavedAccounts(session -> { }));

        waitUntil(() -> viewModel.profiles().size() == 1 && "ann@example.com".equals(viewModel.loginProperty().get()));
        assertEquals("https://acm.example.invalid/api", Fx.call(() -> viewModel.endpointProperty().get()));
    }

    @Test
    void whatTheUserTypedMeanwhileIsKept() {
        ConnectViewModel viewModel = atStart();
        Fx.run(() -> viewModel.loginProperty().set("bob@example.com"));

        Fx.run(() -> viewModel.loadSavedAccounts(session -> { }));

        waitUntil(() -> viewModel.profiles().size() == 1);
        assertEquals("bob@example.com", Fx.call(() -> viewModel.loginProperty().get()));
        assertNull(Fx.call(() -> viewModel.selectedProfileProperty().get()));
    }
}
