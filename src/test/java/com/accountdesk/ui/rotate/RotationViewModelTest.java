package com.accountdesk.ui.rotate;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.api.ApiException;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.io.Settings;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.PendingRotation;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.Session;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.ui.keys.ManualTimer;
import com.accountdesk.ui.keys.StatusLine;
import com.accountdesk.ui.rotate.RotationViewModel.Step;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotation without a window: steps on the test's thread against the sandbox over real HTTP, the
 * user's answers scripted. "Interrupted" means the view-model is dropped (the app quit or crashed)
 * and a new one, on a session signed in with the saved secret as at the next start, finds the
 * recorded progress. After every step the saved secret is used to sign in: it must always work.
 */
class RotationViewModelTest {
    private static final String ACM_KEY = "saved-acm-key-for-rotation-0123456789";
    private static final String OTHER_ACM_KEY = "other-acm-key-not-saved-0123456789";

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private HttpTransport http;
    private Accounts accounts;
    private RotationStore store;
    private Path storeFile;
    private ScriptedDialogs dialogs;
    private static final int CLEARED_AFTER = 42;
    private final List<Secret> copied = new ArrayList<>();
    private final ManualTimer later = new ManualTimer();
    private final List<Session> appKeyChanges = new ArrayList<>();
    private String profileId;
    private List<String> acmBefore;
    private final List<String> secretsSeen = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> {
            d.acm.tokens.add(new StateData.AcmToken(ACM_KEY, now, now + 3600 * 24));
            d.acm.tokens.add(new StateData.AcmToken(OTHER_ACM_KEY, now, now + 3600 * 24));
            return null;
        });
        acmBefore = acmKeys();
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(2, Duration.ofMillis(5)));
        accounts = new Accounts(http, new ProfileStore(null), new InMemorySecretStore(), Settings.inMemory(), null);
        storeFile = dir.resolve("data").resolve(RotationStore.FILE_NAME);
        store = new RotationStore(storeFile);
        dialogs = new ScriptedDialogs();
        secretsSeen.add(ACM_KEY);
        secretsSeen.add(OTHER_ACM_KEY);
        secretsSeen.add(DemoAccount.CRATE_SECRET);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    // ---- set-up helpers ---------------------------------------------------------------------

    /** Signed in with the key and saved, as the sign-in screen does with "Remember" ticked. */
    private Session signInAcmAndSave() throws ApiException {
        Profile draft = Profile.draft(Provider.ACM, sandbox.acmBaseUrl(), "", "");
        Session session = accounts.signIn(draft, sandbox.acmBaseUrl(), Secret.of(ACM_KEY), false);
        Profile saved = accounts.remember(draft.withDisplayName(session.displayName()), Secret.of(ACM_KEY), true);
        profileId = saved.id();
        return session.withProfile(saved);
    }

    private Session signInCrateAndSave() throws ApiException {
        Profile draft = Profile.draft(Provider.CRATEDB, sandbox.crateBaseUrl(), DemoAccount.CRATE_KEY, "");
        Session session = accounts.signIn(draft, sandbox.crateBaseUrl(), Secret.of(DemoAccount.CRATE_SECRET), false);
        Profile saved = accounts.remember(draft.withDisplayName(session.displayName()), Secret.of(DemoAccount.CRATE_SECRET), true);
        profileId = saved.id();
        return session.withProfile(saved);
    }

    private Profile profile() {
        return accounts.profiles().stream().filter(p -> p.id().equals(profileId)).findFirst().orElseThrow();
    }

    /** The app started again: signed in with what is saved, the rotation's record read from its file. */
    private Session restart() throws Exception {
        store = new RotationStore(storeFile);
        Profile p = profile();
        String base = p.provider() == Provider.ACM ? sandbox.acmBaseUrl() : sandbox.crateBaseUrl();
        return accounts.signIn(p, base, accounts.savedSecret(p).orElseThrow(), false).withProfile(p);
    }

    /** A CrateDB rotation of the app's own key, the new key created and saved, the old one deactivated. */
    private record Deactivated(RotationViewModel vm, String fresh) {
    }

    private Deactivated crateRotatedUpToDeactivation() throws Exception {
        RotationViewModel vm = viewModel(signInCrateAndSave());
        vm.begin(crateKeyOf(DemoAccount.CRATE_KEY));
        step(vm, true);
        step(vm, true);
        String fresh = profile().login();
        step(vm, true); // deactivated
        return new Deactivated(vm, fresh);
    }

    private RotationViewModel viewModel(Session app) {
        KeyActions actions = new KeyActions(Background.callingThread(), dialogs, later, copied::add, () -> CLEARED_AFTER);
        RotationViewModel vm = new RotationViewModel(app, accounts, store, Background.callingThread(), actions, Clock.systemUTC());
        vm.onAppKeyChanged(appKeyChanges::add);
        vm.newSecret().ifPresent(s -> secretsSeen.add(s.reveal()));
        return vm;
    }

    /** The account's saved secret signs in: the invariant, checked after every step. */
    private void assertSavedSecretWorks() throws Exception {
        Profile p = profile();
        Secret saved = accounts.savedSecret(p).orElseThrow(() -> new AssertionError("no saved secret"));
        String base = p.provider() == Provider.ACM ? sandbox.acmBaseUrl() : sandbox.crateBaseUrl();
        accounts.signIn(p, base, saved, false); // throws if refused
    }

    /** The record holds no secret, and the file is the owner's only. */
    private void assertRecordHoldsNoSecret(RotationViewModel vm) throws Exception {
        vm.newSecret().ifPresent(s -> secretsSeen.add(s.reveal()));
        if (Files.exists(storeFile)) {
            String text = Files.readString(storeFile);
            for (String secret : secretsSeen) {
                assertFalse(text.contains(secret), "the rotation's record holds a secret");
            }
            FilePermissions.assertOwnerOnly(storeFile);
        }
    }

    private List<String> acmKeys() {
        return sandbox.state().read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
    }

    private Optional<StateData.CrateKey> crateKey(String key) {
        return sandbox.state().read(d -> d.crate.keys.stream().filter(k -> k.key.equals(key)).findFirst());
    }

    private List<String> crateKeys() {
        return sandbox.state().read(d -> d.crate.keys.stream().map(k -> k.key).toList());
    }

    private static ApiKey acmKey(String key) {
        return new ApiKey(Secret.of(key), Instant.now(), Instant.now().plusSeconds(3600));
    }

    private static CrateApiKey crateKeyOf(String key) {
        return new CrateApiKey(key, "", true, null, Instant.now());
    }

    private void step(RotationViewModel vm, boolean answer) throws Exception {
        dialogs.answer(answer);
        vm.next();
        assertEquals("", vm.errorProperty().get(), "the step failed");
        assertRecordHoldsNoSecret(vm);
        assertSavedSecretWorks();
    }

    // ---- ACM --------------------------------------------------------------------------------

    @Test
    void acmSavedKeyIsReplacedStepByStepAndNeverLeftWithoutAWorkingSavedKey() throws Exception {
        Session app = signInAcmAndSave();
        RotationViewModel vm = viewModel(app);
        vm.begin(acmKey(ACM_KEY));
        assertEquals(Step.CREATE, vm.stepProperty().get());
        assertTrue(vm.saveRequiredProperty().get(), "the old key is the saved one");

        step(vm, true);
        assertEquals(acmBefore.size() + 1, acmKeys().size(), "a new key beside the others");
        Secret fresh = vm.newSecret().orElseThrow();
        assertTrue(acmKeys().contains(fresh.reveal()));
        assertEquals(Step.SAVE, vm.stepProperty().get());
        assertEquals(PendingRotation.Stage.CREATED, store.find(profileId).orElseThrow().stage());
        assertEquals(KeyNames.hash(fresh.reveal()), store.find(profileId).orElseThrow().newKey(), "named by a hash");

        vm.copyAs(CredentialExports.Kind.SHELL);
        assertTrue(copied.get(copied.size() - 1).reveal().contains("ACM_API_KEY='" + fresh.reveal() + "'"));
        // Worded as the key table words a copy (never the secret), saying when the clipboard is cleared; it fades.
        assertEquals("Copied the key " + fresh.masked() + " as shell exports. The clipboard is cleared in 42 seconds.",
                vm.copiedProperty().get());
        later.elapse(StatusLine.SHOWN_FOR);
        assertEquals("", vm.copiedProperty().get());

        step(vm, true);
        assertEquals(fresh, accounts.savedSecret(profile()).orElseThrow(), "the new key is saved");
        assertEquals(1, appKeyChanges.size(), "the app goes on with the new key");
        assertTrue(acmKeys().contains(ACM_KEY), "the old key is still there");
        assertEquals(Step.DELETE, vm.stepProperty().get());

        step(vm, true);
        // The key features' one question before a key is lost; the old key is no longer the app's, so no sign-out warning.
        assertEquals("Delete API key", dialogs.lastQuestion().title());
        assertEquals("Delete the key " + Secret.of(ACM_KEY).masked() + "?", dialogs.lastQuestion().header());
        assertFalse(dialogs.lastQuestion().text().contains("signs the app out"), dialogs.lastQuestion().text());
        assertFalse(acmKeys().contains(ACM_KEY), "the old key is deleted");
        assertTrue(acmKeys().contains(fresh.reveal()));
        assertEquals(Step.DONE, vm.stepProperty().get());
        assertTrue(store.find(profileId).isEmpty(), "nothing left to resume");
        assertFalse(vm.newSecret().isPresent(), "the secret is forgotten at the end");
    }

    @Test
    void theNewKeyCarriesTheOldKeysLocalNameAndLifetime() throws Exception {
        Session app = signInAcmAndSave();
        KeyNames names = new KeyNames(null);
        names.put(profileId, ACM_KEY, "CI deploys");
        RotationViewModel vm = viewModel(app);
        vm.useNames(names.of(profileId));
        // Made two days ago to last a week: the new key lasts a week too, not ACM's usual 24 hours.
        Instant made = Instant.now().minus(Duration.ofDays(2));
        vm.begin(new ApiKey(Secret.of(ACM_KEY), made, made.plus(Duration.ofDays(7))));
        assertEquals(Duration.ofDays(7), vm.lifetimeProperty().get().length(), "chosen unless the user picks another");
        assertEquals("like the old key (7 d)", vm.lifetimeProperty().get().toString());
        Instant asked = Instant.now();
        step(vm, true);
        String fresh = vm.newSecret().orElseThrow().reveal();
        assertEquals("CI deploys", names.name(profileId, fresh).orElse(""), "the new key has the old key's name");
        long expires = sandbox.state().read(d -> d.acm.tokens.stream().filter(t -> t.token.equals(fresh)).findFirst().orElseThrow().expires);
        assertTrue(Math.abs(expires - asked.plus(Duration.ofDays(7)).getEpochSecond()) <= 60,
                "expires a week from now: " + Instant.ofEpochSecond(expires));

        // A CrateDB key's name goes to its successor too (CrateDB keys do not expire).
        Session crate = signInCrateAndSave();
        names.put(profileId, DemoAccount.CRATE_KEY, "laptop");
        List<String> before = crateKeys();
        RotationViewModel crateVm = viewModel(crate);
        crateVm.useNames(names.of(profileId));
        crateVm.begin(crateKeyOf(DemoAccount.CRATE_KEY));
        step(crateVm, true);
        String newKey = crateKeys().stream().filter(k -> !before.contains(k)).findFirst().orElseThrow();
        assertEquals("laptop", names.name(profileId, newKey).orElse(""));
    }

    @Test
    void acmRotationInterruptedAfterEachStepIsContinuedAtTheNextStart() throws Exception {
        RotationViewModel vm = viewModel(signInAcmAndSave());
        vm.begin(acmKey(ACM_KEY));
        step(vm, true); // created

        // Quit. At the next start the key table offers to continue.
        vm = viewModel(restart());
        AtomicBoolean shown = new AtomicBoolean();
        dialogs.answer(true);
        vm.resume(() -> shown.set(true));
        assertTrue(shown.get(), "continue shows the rotation");
        assertTrue(dialogs.lastQuestion().text().contains("saving the new key"), dialogs.lastQuestion().text());
        assertEquals(Step.SAVE, vm.stepProperty().get());
        Secret fresh = vm.newSecret().orElseThrow(() -> new AssertionError("ACM lists the key: it is shown again"));
        step(vm, true); // saved

        vm = viewModel(restart());
        dialogs.answer(true);
        vm.resume(() -> { });
        assertEquals(Step.DELETE, vm.stepProperty().get());
        step(vm, true); // deleted
        List<String> expected = new ArrayList<>(acmBefore);
        expected.remove(ACM_KEY);
        expected.add(fresh.reveal());
        assertEquals(expected, acmKeys());
        assertTrue(store.find(profileId).isEmpty());

        int asked = dialogs.asked.size();
        vm = viewModel(restart());
        vm.resume(() -> { throw new AssertionError("nothing to resume"); });
        assertEquals(asked, dialogs.asked.size(), "a finished rotation is not offered again");
    }

    @Test
    void acmRotationCutShortWhileTheKeyWasBeingAddedIsFoundOrForgotten() throws Exception {
        Session app = signInAcmAndSave();
        // Recorded, then the app died before the key reached the account: nothing was made.
        store.put(new PendingRotation(profileId, Provider.ACM, KeyNames.hash(ACM_KEY), KeyNames.hash("never-added-key-0123456789"),
                PendingRotation.Stage.CREATING, List.of(), true, false, false, Instant.now().getEpochSecond()));
        RotationViewModel vm = viewModel(app);
        vm.resume(() -> { throw new AssertionError("nothing to continue"); });
        assertTrue(dialogs.notices.get(0).contains("before a new key was made"), dialogs.notices.toString());
        assertTrue(store.find(profileId).isEmpty());
        assertEquals(acmBefore, acmKeys());
        assertSavedSecretWorks();
    }

    @Test
    void acmUndoAfterTheNewKeyWasSavedPutsTheOldKeyBackAsTheSavedOne() throws Exception {
        RotationViewModel vm = viewModel(signInAcmAndSave());
        vm.begin(acmKey(ACM_KEY));
        step(vm, true);
        Secret fresh = vm.newSecret().orElseThrow();
        step(vm, true); // saved

        vm = viewModel(restart());
        dialogs.answer(false, true); // not continue; undo
        vm.resume(() -> { throw new AssertionError("not continued"); });
        assertEquals("", vm.errorProperty().get());
        assertEquals(Secret.of(ACM_KEY), accounts.savedSecret(profile()).orElseThrow(), "the old key is saved again");
        assertFalse(acmKeys().contains(fresh.reveal()), "the new key is deleted");
        assertTrue(acmKeys().contains(ACM_KEY));
        assertTrue(store.find(profileId).isEmpty());
        assertEquals(2, appKeyChanges.size(), "the app moved to the new key, then back");
        assertSavedSecretWorks();
    }

    @Test
    void acmRefusedStepsChangeNothing() throws Exception {
        RotationViewModel vm = viewModel(signInAcmAndSave());
        vm.begin(acmKey(ACM_KEY));
        dialogs.answer(false);
        vm.next();
        assertEquals(acmBefore, acmKeys(), "no key made");
        assertTrue(store.find(profileId).isEmpty());

        step(vm, true);
        // The old key is the saved one: it may not go before the new one is saved.
        dialogs.answer(false);
        vm.next();
        assertTrue(vm.errorProperty().get().contains("make the new key its saved key first"), vm.errorProperty().get());
        assertEquals(Step.SAVE, vm.stepProperty().get());
        assertTrue(acmKeys().contains(ACM_KEY));
        assertSavedSecretWorks();

        step(vm, true);
        dialogs.answer(false); // delete refused
        vm.next();
        assertTrue(acmKeys().contains(ACM_KEY));
        assertEquals(Step.DELETE, vm.stepProperty().get());
        assertTrue(store.find(profileId).isPresent(), "the rotation waits to be continued");
        assertSavedSecretWorks();
    }

    @Test
    void acmKeyNotSavedMayBeRotatedWithoutTouchingTheSavedKey() throws Exception {
        RotationViewModel vm = viewModel(signInAcmAndSave());
        vm.begin(acmKey(OTHER_ACM_KEY));
        assertFalse(vm.saveRequiredProperty().get());
        step(vm, true);
        step(vm, false); // don't make it the app's key
        assertEquals(Secret.of(ACM_KEY), accounts.savedSecret(profile()).orElseThrow());
        assertEquals(Step.DELETE, vm.stepProperty().get());
        step(vm, true);
        assertFalse(acmKeys().contains(OTHER_ACM_KEY));
        assertTrue(acmKeys().contains(ACM_KEY));
        assertTrue(appKeyChanges.isEmpty());
    }

    @Test
    void acmNetworkFailureMidStepKeepsTheRecordAndTheStepIsTriedAgain() throws Exception {
        RotationViewModel vm = viewModel(signInAcmAndSave());
        vm.begin(acmKey(ACM_KEY));
        step(vm, true);
        step(vm, true);
        sandbox.faults().setRates(FaultInjector.Rates.NONE.withFailRate(1.0));
        dialogs.answer(true);
        vm.next();
        assertFalse(vm.errorProperty().get().isEmpty(), "the failure is said");
        assertEquals(Step.DELETE, vm.stepProperty().get());
        sandbox.faults().setRates(FaultInjector.Rates.NONE);
        assertTrue(acmKeys().contains(ACM_KEY));
        assertSavedSecretWorks();
        step(vm, true);
        assertFalse(acmKeys().contains(ACM_KEY));
    }

    // ---- CrateDB ----------------------------------------------------------------------------

    @Test
    void crateSavedKeyIsCreatedSavedDeactivatedThenDeleted() throws Exception {
        RotationViewModel vm = viewModel(signInCrateAndSave());
        vm.begin(crateKeyOf(DemoAccount.CRATE_KEY));
        step(vm, true);
        String fresh = store.find(profileId).orElseThrow().newKey();
        assertTrue(crateKeys().contains(fresh), "the record names the server's key id");
        vm.copySecret();
        assertEquals(vm.newSecret().orElseThrow(), copied.get(0));
        assertEquals("Copied the secret of key " + fresh + ". The clipboard is cleared in 42 seconds.", vm.copiedProperty().get());
        assertFalse(vm.copiedProperty().get().contains(vm.newSecret().orElseThrow().reveal()));
        assertEquals(Step.SAVE, vm.stepProperty().get());

        step(vm, true);
        assertEquals(fresh, profile().login(), "the account signs in with the new key now");
        assertEquals(Step.DEACTIVATE, vm.stepProperty().get(), "a saved secret is a kept secret");

        step(vm, true);
        assertFalse(crateKey(DemoAccount.CRATE_KEY).orElseThrow().active);
        assertEquals(Step.DELETE, vm.stepProperty().get());

        step(vm, true);
        assertTrue(crateKey(DemoAccount.CRATE_KEY).isEmpty());
        assertEquals(Step.DONE, vm.stepProperty().get());
        assertTrue(store.find(profileId).isEmpty());
    }

    @Test
    void crateSecretLostBeforeItWasKeptIsSaidAndTheNewKeyDeletedToStartOver() throws Exception {
        RotationViewModel vm = viewModel(signInCrateAndSave());
        vm.begin(crateKeyOf(DemoAccount.CRATE_KEY));
        step(vm, true);
        dialogs.answer(false);
        assertFalse(vm.mayClose(), "closing would lose the secret: asked first");
        assertTrue(dialogs.lastQuestion().text().contains("only once"), dialogs.lastQuestion().text());
        dialogs.answer(true);
        assertTrue(vm.mayClose());
        String lost = store.find(profileId).orElseThrow().newKey();

        vm = viewModel(restart()); // quit before copying or saving the secret
        AtomicBoolean shown = new AtomicBoolean();
        dialogs.answer(true);
        vm.resume(() -> shown.set(true));
        assertEquals("The secret of the new key is lost.", dialogs.lastQuestion().header());
        assertTrue(crateKey(lost).isEmpty(), "the key whose secret is lost is deleted");
        assertTrue(store.find(profileId).isEmpty());
        assertTrue(shown.get(), "the rotation starts over");
        assertEquals(Step.CREATE, vm.stepProperty().get());
        assertSavedSecretWorks();

        step(vm, true);
        assertTrue(vm.newSecret().isPresent());
    }

    @Test
    void crateKeyNotSavedWhoseSecretWasKeptIsContinuedAfterARestart() throws Exception {
        Session app = signInCrateAndSave();
        CrateCloudClient client = CrateDemoClient.on(sandbox, http);
        String other = client.createKey().key().key();
        RotationViewModel vm = viewModel(app);
        vm.begin(crateKeyOf(other));
        assertFalse(vm.saveRequiredProperty().get(), "not the saved key");
        step(vm, true);
        String fresh = store.find(profileId).orElseThrow().newKey();
        step(vm, false); // not made the app's key
        assertEquals(Step.KEEP_SECRET, vm.stepProperty().get());
        dialogs.answer(false);
        vm.next();
        assertEquals(Step.KEEP_SECRET, vm.stepProperty().get(), "waits until the secret is kept");
        step(vm, true);
        assertEquals(Step.DEACTIVATE, vm.stepProperty().get());

        vm = viewModel(restart());
        dialogs.answer(true);
        vm.resume(() -> { });
        assertFalse(vm.newSecret().isPresent(), "not saved here: kept by the user");
        assertEquals(Step.DEACTIVATE, vm.stepProperty().get(), "a kept secret is not lost");
        step(vm, true);
        assertFalse(crateKey(other).orElseThrow().active);
        step(vm, true);
        assertTrue(crateKey(other).isEmpty());
        assertTrue(crateKey(fresh).isPresent());
        assertEquals(DemoAccount.CRATE_KEY, profile().login(), "the saved key untouched");
    }

    @Test
    void crateRotationCutShortBetweenSavingTheNewKeyAndRecordingItGoesOnFromTheStore() throws Exception {
        RotationViewModel vm = viewModel(signInCrateAndSave());
        vm.begin(crateKeyOf(DemoAccount.CRATE_KEY));
        step(vm, true);
        String fresh = store.find(profileId).orElseThrow().newKey();
        // The switch saved the new key, then the app died before the record said so.
        accounts.remember(profile().withLogin(fresh), vm.newSecret().orElseThrow(), true);
        assertFalse(store.find(profileId).orElseThrow().saved());
        assertSavedSecretWorks();

        vm = viewModel(restart());
        dialogs.answer(true);
        vm.resume(() -> { });
        assertTrue(store.find(profileId).orElseThrow().saved(), "found saved");
        assertTrue(vm.newSecret().isPresent(), "shown again from the store");
        assertEquals(Step.DEACTIVATE, vm.stepProperty().get());
        step(vm, true);
        step(vm, true);
        assertTrue(crateKey(DemoAccount.CRATE_KEY).isEmpty());
    }

    @Test
    void crateKeyMadeByACreateCutShortIsFoundAndDeleted() throws Exception {
        Session app = signInCrateAndSave();
        List<String> before = crateKeys();
        store.put(new PendingRotation(profileId, Provider.CRATEDB, DemoAccount.CRATE_KEY, null, PendingRotation.Stage.CREATING,
                before, false, false, false, Instant.now().getEpochSecond()));
        // The server made the key; the app died before it heard the answer.
        CrateCloudClient client = CrateDemoClient.on(sandbox, http);
        String stray = client.createKey().key().key();

        RotationViewModel vm = viewModel(app);
        dialogs.answer(true);
        vm.resume(() -> { });
        assertTrue(dialogs.lastQuestion().text().contains(stray), dialogs.lastQuestion().text());
        assertTrue(crateKey(stray).isEmpty());
        assertEquals(before, crateKeys());
        assertTrue(store.find(profileId).isEmpty());
        assertSavedSecretWorks();
    }

    @Test
    void crateRotationInterruptedAfterDeactivationIsContinuedOrUndone() throws Exception {
        Deactivated deactivated = crateRotatedUpToDeactivation();
        RotationViewModel vm = deactivated.vm();
        String fresh = deactivated.fresh();

        vm = viewModel(restart()); // signed in with the new key, as saved
        dialogs.answer(true);
        vm.resume(() -> { });
        assertTrue(dialogs.lastQuestion().text().contains("deleting the old key"), dialogs.lastQuestion().text());
        assertTrue(vm.newSecret().isPresent(), "a saved new secret can be shown again");
        assertEquals(Step.DELETE, vm.stepProperty().get());
        step(vm, true);
        assertTrue(crateKey(DemoAccount.CRATE_KEY).isEmpty());
        assertTrue(crateKey(fresh).isPresent());
    }

    @Test
    void crateUndoAfterDeactivationActivatesAndSavesTheOldKeyAgain() throws Exception {
        Deactivated deactivated = crateRotatedUpToDeactivation();
        RotationViewModel vm = deactivated.vm();
        String fresh = deactivated.fresh();

        dialogs.answer(true);
        vm.undo();
        assertEquals("", vm.errorProperty().get());
        assertTrue(crateKey(DemoAccount.CRATE_KEY).orElseThrow().active, "the old key is active again");
        assertEquals(DemoAccount.CRATE_KEY, profile().login(), "and the saved one again");
        assertEquals(Secret.of(DemoAccount.CRATE_SECRET), accounts.savedSecret(profile()).orElseThrow());
        assertTrue(crateKey(fresh).isEmpty(), "the new key is deleted");
        assertTrue(store.find(profileId).isEmpty());
        assertNotEquals(0, appKeyChanges.size());
        assertSavedSecretWorks();
    }

    @Test
    void crateUndoAfterARestartKeepsTheSavedNewKeyWhenTheOldSecretIsNoLongerKnown() throws Exception {
        Deactivated deactivated = crateRotatedUpToDeactivation();
        RotationViewModel vm = deactivated.vm();
        String fresh = deactivated.fresh();

        vm = viewModel(restart());
        dialogs.answer(false, true);
        vm.resume(() -> { });
        assertTrue(vm.statusProperty().get().contains("stays the saved one"), vm.statusProperty().get());
        assertTrue(crateKey(DemoAccount.CRATE_KEY).orElseThrow().active, "the old key is active again");
        assertTrue(crateKey(fresh).isPresent(), "the saved new key is kept: the account keeps a working saved key");
        assertEquals(fresh, profile().login());
        assertSavedSecretWorks();
    }
}
