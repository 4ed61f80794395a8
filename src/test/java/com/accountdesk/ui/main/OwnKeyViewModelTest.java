package com.accountdesk.ui.main;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.keys.OwnKeyReplacement;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.AcmSession;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.CredentialStoreException;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The note about the app's own key, Extend and Replace, without a window: the work runs on the
 * test's thread against the sandbox over real HTTP, and the keys are then read from the server.
 */
class OwnKeyViewModelTest {
    private static final String KEY = "own-key-for-the-app-0123456789";

    private SandboxServer sandbox;
    private HttpTransport http;
    private String base;
    private FlakyStore secrets;
    private Accounts accounts;
    private Duration warning = Duration.ofHours(24);

    /** Keeps secrets in memory; saves can be made to fail, as a locked keyring would. */
    static final class FlakyStore implements SecretStore {
        private final InMemorySecretStore memory = new InMemorySecretStore();
        volatile boolean failSaves;

        @Override
        public Optional<Secret> load(String name) {
            return memory.load(name);
        }

        @Override
        public void save(String name, Secret secret) throws CredentialStoreException {
            if (failSaves) {
                throw new CredentialStoreException("the keyring is locked", null);
            }
            memory.save(name, secret);
        }

        @Override
        public void delete(String name) {
            memory.delete(name);
        }

        @Override
        public String description() {
            return "memory (test)";
        }
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        base = sandbox.acmBaseUrl();
        addKey(KEY, Duration.ofHours(5));
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(2, Duration.ofMillis(5)));
        secrets = new FlakyStore();
        accounts = new Accounts(http, new ProfileStore(null), secrets, Settings.inMemory(), null);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void addKey(String token, Duration left) {
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(token, now, now + left.getSeconds())));
    }

    private List<StateData.AcmToken> serverKeys() {
        return sandbox.state().read(d -> List.copyOf(d.acm.tokens));
    }

    private Optional<StateData.AcmToken> serverKey(String token) {
        return serverKeys().stream().filter(t -> t.token.equals(token)).findFirst();
    }

    /** Signed in with the key and saved, as the sign-in screen does with "Remember" ticked. */
    private AcmSession signedInWithSavedKey() throws ApiException {
        Profile draft = Profile.draft(Provider.ACM, base, "", "");
        AcmSession session = (AcmSession) accounts.signIn(draft, base, Secret.of(KEY), false);
        return session.withProfile(accounts.remember(draft.withDisplayName(session.displayName()), Secret.of(KEY), true));
    }

    private OwnKeyViewModel viewModel(AcmSession session) {
        return new OwnKeyViewModel(session, accounts, Background.callingThread(), Clock.systemUTC(), () -> warning);
    }

    @Test
    void aKeyExpiringWithinTheWindowIsPointedOutWithExtendAndReplace() throws Exception {
        OwnKeyViewModel vm = viewModel(signedInWithSavedKey());
        vm.check();
        assertTrue(vm.showingProperty().get());
        assertTrue(vm.messageProperty().get().contains("expires in 5 h"), vm.messageProperty().get());
        assertFalse(vm.messageProperty().get().contains(KEY), "the key is shown masked only");
        assertTrue(vm.canReplaceProperty().get(), "it is the account's saved key");
    }

    @Test
    void theWindowIsTheSettingOfTheMoment() throws Exception {
        OwnKeyViewModel vm = viewModel(signedInWithSavedKey());
        warning = Duration.ofHours(4);
        vm.check();
        assertFalse(vm.showingProperty().get(), "5 h left, 4 h window");
        warning = Duration.ofHours(6);
        vm.check();
        assertTrue(vm.showingProperty().get(), "5 h left, 6 h window");
    }

    @Test
    void extendGivesTheSameKeyANewExpiryAndTheNoteGoes() throws Exception {
        AcmSession session = signedInWithSavedKey();
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        Instant week = Instant.now().plus(Duration.ofDays(7));
        vm.extend(week);
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.showingProperty().get());
        assertEquals(week.getEpochSecond(), serverKey(KEY).orElseThrow().expires, 2);
        assertEquals(DemoAccount.LOGIN, session.client().account().email(), "the same key still signs in");
    }

    @Test
    void extendToATimeThatHasPassedIsRefusedBeforeAnythingIsSent() throws Exception {
        OwnKeyViewModel vm = viewModel(signedInWithSavedKey());
        vm.check();
        long before = serverKey(KEY).orElseThrow().expires;
        vm.extend(Instant.now().minusSeconds(60));
        assertTrue(vm.errorProperty().get().contains("already passed"), vm.errorProperty().get());
        assertEquals(before, serverKey(KEY).orElseThrow().expires);
        assertTrue(vm.showingProperty().get());
    }

    @Test
    void replaceSavesANewKeyThatWorksThenDeletesTheOldOne() throws Exception {
        AcmSession session = signedInWithSavedKey();
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        AtomicReference<OwnKeyReplacement.Result> replaced = new AtomicReference<>();
        Instant week = Instant.now().plus(Duration.ofDays(7));
        vm.replace(week, replaced::set);

        assertEquals("", vm.errorProperty().get());
        OwnKeyReplacement.Result result = replaced.get();
        assertNull(result.notDeleted());
        Secret fresh = result.session().client().token();
        assertNotEquals(Secret.of(KEY), fresh);
        assertEquals(fresh, accounts.savedSecret(session.profile()).orElseThrow(), "the new key is the account's saved secret");
        assertEquals(session.profile().id(), result.session().profile().id(), "the same saved account");
        assertTrue(serverKey(KEY).isEmpty(), "the old key is deleted");
        assertEquals(week.getEpochSecond(), serverKey(fresh.reveal()).orElseThrow().expires, 2);
        assertEquals(DemoAccount.LOGIN, new AcmClient(Endpoints.parseBase(base), fresh, http).account().email());
        ApiException old = assertThrows(ApiException.class, () -> new AcmClient(Endpoints.parseBase(base), Secret.of(KEY), http).account());
        assertEquals(ApiException.Kind.UNAUTHORIZED, old.kind());
    }

    @Test
    void atTheKeyLimitReplaceStopsAndTheOldKeyStaysSavedAndInUse() throws Exception {
        AcmSession session = signedInWithSavedKey();
        while (serverKeys().size() < 5) {
            addKey("filler-" + serverKeys().size() + "-0123456789", Duration.ofDays(3));
        }
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        AtomicReference<OwnKeyReplacement.Result> replaced = new AtomicReference<>();
        vm.replace(Instant.now().plus(Duration.ofDays(7)), replaced::set);
        assertNull(replaced.get());
        assertTrue(vm.errorProperty().get().contains("the most ACM allows") && vm.errorProperty().get().contains("still in use"),
                vm.errorProperty().get());
        assertEquals(Secret.of(KEY), accounts.savedSecret(session.profile()).orElseThrow());
        assertTrue(serverKey(KEY).isPresent());
        assertEquals(5, serverKeys().size());
    }

    @Test
    void aNewKeyThatCannotBeSavedIsTakenOffAgainAndTheOldOneStays() throws Exception {
        AcmSession session = signedInWithSavedKey();
        int before = serverKeys().size();
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        secrets.failSaves = true;
        AtomicReference<OwnKeyReplacement.Result> replaced = new AtomicReference<>();
        vm.replace(Instant.now().plus(Duration.ofDays(7)), replaced::set);
        assertNull(replaced.get());
        assertTrue(vm.errorProperty().get().contains("could not be saved"), vm.errorProperty().get());
        assertEquals(Secret.of(KEY), accounts.savedSecret(session.profile()).orElseThrow());
        assertTrue(serverKey(KEY).isPresent(), "the old key is kept");
        assertEquals(before, serverKeys().size(), "the new key was taken off again");
        assertEquals(DemoAccount.LOGIN, session.client().account().email(), "and the app goes on with the old key");
    }

    @Test
    void aPasswordSessionHasNoKeyToPointOut() throws Exception {
        Profile draft = Profile.draft(Provider.ACM, base, DemoAccount.LOGIN, "");
        AcmSession session = (AcmSession) accounts.signIn(draft, base, Secret.of(DemoAccount.PASSWORD), false);
        session = session.withProfile(accounts.remember(draft.withDisplayName(session.displayName()), Secret.of(DemoAccount.PASSWORD), true));
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        assertFalse(vm.showingProperty().get());
        assertFalse(vm.canReplaceProperty().get());
    }

    @Test
    void aKeyThatIsNotTheSavedOneCanBeExtendedButNotReplaced() throws Exception {
        Profile draft = Profile.draft(Provider.ACM, base, "", "");
        AcmSession session = (AcmSession) accounts.signIn(draft, base, Secret.of(KEY), false);
        session = session.withProfile(accounts.remember(draft.withDisplayName(session.displayName()), Secret.of(KEY), false));
        OwnKeyViewModel vm = viewModel(session);
        vm.check();
        assertTrue(vm.showingProperty().get());
        assertFalse(vm.canReplaceProperty().get(), "\"Remember\" was unticked: there is no saved key to replace");
    }
}
