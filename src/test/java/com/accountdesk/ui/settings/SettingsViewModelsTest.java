package com.accountdesk.ui.settings;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.KeyWarnings;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.SecretClipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Settings window's view-models without a window: each change is saved at once, forgetting asks first. */
class SettingsViewModelsTest {
    @TempDir
    Path dir;

    /** Fault rates as the sandbox's injector would keep them. */
    private static final class RecordedFaults implements SandboxFaults {
        Rates rates = new Rates(Duration.ofMillis(300), 0.5, 0, 0, 0);

        @Override
        public Rates rates() {
            return rates;
        }

        @Override
        public void setRates(Rates r) {
            rates = r;
        }

        @Override
        public Secret keyExpiringSoon() {
            return Secret.of("demo-key-expiring-soon-0123456789");
        }
    }

    @Test
    void aDemoKeyIsCopiedAsASecretAndTheSentenceSaysForHowLong() {
        SettingsViewModel vm = new SettingsViewModel(Settings.inMemory(), new InMemorySecretStore(), new RecordedFaults(), dir);
        List<Secret> copied = new ArrayList<>();
        vm.makeDemoKey(copied::add);
        assertEquals(List.of(Secret.of("demo-key-expiring-soon-0123456789")), copied);
        assertTrue(vm.demoKeyStatusProperty().get().contains("3 hours"), vm.demoKeyStatusProperty().get());
        assertFalse(vm.demoKeyStatusProperty().get().contains("demo-key"), "the key itself is never shown");

        SettingsViewModel real = new SettingsViewModel(Settings.inMemory(), new InMemorySecretStore(), null, dir);
        real.makeDemoKey(copied::add);
        assertEquals(1, copied.size(), "no demo key on a real endpoint");
    }

    @Test
    void theClipboardDelayIsSavedAndTheFaultsApplyAtOnceAndReset() {
        Path file = dir.resolve("settings.properties");
        Settings settings = new Settings(file);
        RecordedFaults faults = new RecordedFaults();
        SettingsViewModel vm = new SettingsViewModel(settings, new InMemorySecretStore(), faults, dir.resolve("logs"));
        assertTrue(vm.faultsAvailableProperty().get());
        assertEquals(300, vm.latencyMillisProperty().get(), "starts from the sandbox's own rates");

        vm.clipboardSecondsProperty().set(45);
        vm.failRateProperty().set(0.25);

        assertEquals(45, SecretClipboard.clearAfterSeconds(new Settings(file)), "saved to the file");
        assertEquals(0.25, faults.rates.failRate());
        vm.resetFaults();
        assertEquals(SandboxFaults.Rates.NONE, faults.rates);
        assertEquals(dir.resolve("logs").toString(), vm.logFolder());
    }

    @Test
    void onARealEndpointThereAreNoFaultsAndAFileStoreIsWarnedOf() {
        FileSecretStore store = new FileSecretStore(dir.resolve("secrets"));
        SettingsViewModel vm = new SettingsViewModel(Settings.inMemory(), store, null, dir);
        assertFalse(vm.faultsAvailableProperty().get());
        assertTrue(vm.secretsWhereProperty().get().contains(store.description()), vm.secretsWhereProperty().get());
        assertEquals(store.warning(), vm.secretsWarningProperty().get());
    }

    @Test
    void theKeyWarningAndRemindersAreSavedAtOnce() {
        Path file = dir.resolve("settings.properties");
        KeyWarningsViewModel vm = new KeyWarningsViewModel(new Settings(file));
        assertEquals(KeyWarnings.warning(Settings.inMemory()).toHours(), vm.hoursProperty().get());
        assertTrue(vm.remindersProperty().get());

        vm.hoursProperty().set(72);
        vm.remindersProperty().set(false);

        Settings reread = new Settings(file);
        assertEquals(Duration.ofHours(72), KeyWarnings.warning(reread));
        assertFalse(KeyWarnings.remindersOn(reread));
    }

    @Test
    void forgettingAnAccountAsksThenDeletesItsProfileAndSecret() throws Exception {
        ProfileStore store = new ProfileStore(null);
        InMemorySecretStore secrets = new InMemorySecretStore();
        Accounts accounts = new Accounts(new HttpTransport(), store, secrets, Settings.inMemory(), null);
        Profile kept = accounts.remember(Profile.draft(Provider.CRATEDB, "https://crate.example/", "key-a", "").withDisplayName("A"),
                Secret.of("secret-a"), true);
        Profile forgotten = accounts.remember(Profile.draft(Provider.CRATEDB, "https://crate.example/", "key-b", "").withDisplayName("B"),
                Secret.of("secret-b"), true);
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(false, true);
        SavedAccountsViewModel vm = new SavedAccountsViewModel(accounts, Background.callingThread(), dialogs);
        vm.load();
        assertEquals(2, vm.profiles().size());

        vm.forgetSelected();
        assertTrue(dialogs.asked.isEmpty(), "nothing selected, nothing asked");

        vm.selectedProperty().set(forgotten);
        vm.forgetSelected();
        assertEquals("Forget", dialogs.lastQuestion().action());
        assertTrue(dialogs.lastQuestion().header().contains(forgotten.label()), dialogs.lastQuestion().header());
        assertEquals(2, store.all().size(), "cancelled: nothing forgotten");

        vm.forgetSelected();
        assertEquals(List.of(kept.id()), store.all().stream().map(Profile::id).toList());
        assertEquals(List.of(kept.id()), vm.profiles().stream().map(Profile::id).toList());
        assertEquals(Optional.empty(), accounts.savedSecret(forgotten), "its secret is gone");
        assertTrue(accounts.savedSecret(kept).isPresent());
        assertTrue(vm.statusProperty().get().contains(forgotten.label()), vm.statusProperty().get());
        assertNull(dialogs.errors.isEmpty() ? null : dialogs.errors);
    }
}
