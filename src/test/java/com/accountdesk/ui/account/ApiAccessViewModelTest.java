package com.accountdesk.ui.account;

import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.keys.ManualTimer;
import com.accountdesk.ui.keys.StatusLine;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.CredentialExports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API Access view-model without a window: its work runs on the test's thread against the
 * sandbox over real HTTP, questions are answered from a script, and what it did is read back from
 * the server.
 */
class ApiAccessViewModelTest {
    private static final String OWN = "own-key-0123456789abcdef";
    private static final String OTHER = "other-key-0123456789abcdef";

    private SandboxServer sandbox;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualTimer later = new ManualTimer();
    private final List<Secret> copied = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private ApiAccessViewModel vm;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(OWN));
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(OTHER, now, now + 86_400 * 3)));
        vm = viewModel(Clock.systemUTC());
    }

    private ApiAccessViewModel viewModel(Clock clock) throws Exception {
        AcmClient client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(OWN), new HttpTransport());
        KeyActions actions = new KeyActions(Background.callingThread(), dialogs, later, copied::add, () -> 30);
        ApiAccessViewModel model = new ApiAccessViewModel(new AcmKeys(client), actions, Secret.of(OWN), clock);
        model.onFinished((title, text) -> told.add(title + ": " + text));
        return model;
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<String> serverTokens() {
        return sandbox.state().read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
    }

    private Optional<StateData.AcmToken> serverToken(String token) {
        return sandbox.state().read(d -> d.acm.tokens.stream().filter(t -> t.token.equals(token)).findFirst());
    }

    private ApiKey shown(String token) {
        return vm.keys().stream().filter(k -> k.token().reveal().equals(token)).findFirst().orElseThrow();
    }

    @Test
    void refreshShowsTheServersKeysWithTheAppsOwnMarked() {
        vm.refresh();
        assertEquals(serverTokens().size(), vm.keys().size());
        assertTrue(vm.isInUse(shown(OWN)) && !vm.isInUse(shown(OTHER)));
        assertEquals("In use by this app", vm.marks(shown(OWN)).split(" · ")[0]);
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void addPutsANewKeyOnTheServerSelectsItAndSaysSoThenTheLineFades() {
        vm.refresh();
        int before = serverTokens().size();
        Instant week = Instant.now().plus(Duration.ofDays(7));
        vm.add(week);

        assertEquals(before + 1, serverTokens().size());
        ApiKey added = vm.addedProperty().get();
        assertNotNull(added, "the new key is pointed out for the table to select");
        assertEquals(week.getEpochSecond(), serverToken(added.token().reveal()).orElseThrow().expires, 2);
        assertTrue(vm.statusProperty().get().startsWith("Added a new key that expires"), vm.statusProperty().get());
        assertEquals(1, told.size(), "a finished change is told for a notification too");
        assertTrue(told.get(0).startsWith("API key added: Added a new key"));

        later.elapse(StatusLine.SHOWN_FOR.minusSeconds(1));
        assertFalse(vm.statusProperty().get().isEmpty());
        later.elapse(Duration.ofSeconds(1));
        assertEquals("", vm.statusProperty().get(), "the status line goes by itself");
    }

    @Test
    void aNewerStatusIsNotClearedByTheOlderOnesTime() {
        vm.refresh();
        vm.copy(shown(OTHER));
        later.elapse(Duration.ofSeconds(4));
        vm.copy(shown(OWN));
        later.elapse(Duration.ofSeconds(3));
        assertTrue(vm.statusProperty().get().contains(Secret.of(OWN).masked()), "the second line keeps its own 6 s");
        later.elapse(Duration.ofSeconds(3));
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void deleteAsksFirstAndCancelSendsNothing() {
        vm.refresh();
        dialogs.answer(false);
        vm.delete(shown(OTHER));
        assertEquals("Delete the key " + Secret.of(OTHER).masked() + "?", dialogs.lastQuestion().header());
        assertFalse(dialogs.lastQuestion().text().contains("signs the app out"), "not the app's key: no sign-out warning");
        assertTrue(serverToken(OTHER).isPresent());

        dialogs.answer(true);
        vm.delete(shown(OTHER));
        assertTrue(serverToken(OTHER).isEmpty(), "gone on the server");
        assertTrue(vm.keys().stream().noneMatch(k -> k.token().reveal().equals(OTHER)));
        assertEquals("Deleted the key " + Secret.of(OTHER).masked(), vm.statusProperty().get(), "the masked key ends the sentence: no full stop after its …");
        assertFalse(vm.signedOutProperty().get());
    }

    @Test
    void deletingTheKeyTheAppUsesWarnsThenSignsOut() {
        vm.refresh();
        dialogs.answer(true);
        vm.delete(shown(OWN));
        assertEquals("Delete the key Account Desk is using?", dialogs.lastQuestion().header());
        assertTrue(dialogs.lastQuestion().text().contains("signs the app out"), dialogs.lastQuestion().text());
        assertTrue(serverToken(OWN).isEmpty(), "the key is really gone on the server");
        assertTrue(vm.signedOutProperty().get(), "the session is over");
    }

    @Test
    void aKeyDeletedElsewhereMeanwhileIsSaidAndTheListIsReadAgain() {
        vm.refresh();
        sandbox.state().write(d -> d.acm.tokens.removeIf(t -> t.token.equals(OTHER)));
        dialogs.answer(true);
        vm.delete(shown(OTHER));
        assertTrue(vm.errorProperty().get().contains("no longer on the account"), vm.errorProperty().get());
        assertTrue(vm.keys().stream().noneMatch(k -> k.token().reveal().equals(OTHER)), "the list shows the server's state");
    }

    @Test
    void redateGivesTheKeyANewExpiryAndAPastTimeIsRefusedBeforeAnythingIsSent() {
        vm.refresh();
        long before = serverToken(OTHER).orElseThrow().expires;
        vm.redate(shown(OTHER), Instant.now().minusSeconds(60));
        assertTrue(vm.errorProperty().get().contains("already passed"));
        assertEquals(before, serverToken(OTHER).orElseThrow().expires);

        Instant month = Instant.now().plus(Duration.ofDays(30));
        vm.redate(shown(OTHER), month);
        assertEquals("", vm.errorProperty().get());
        assertEquals(month.getEpochSecond(), serverToken(OTHER).orElseThrow().expires, 2);
    }

    @Test
    void copyHandsOverTheFullKeyAndSaysSoWithoutIt() {
        vm.refresh();
        vm.copy(shown(OWN));
        assertEquals(List.of(Secret.of(OWN)), copied);
        String said = vm.statusProperty().get();
        assertTrue(said.contains(Secret.of(OWN).masked()) && said.contains("30 seconds"), said);
        assertFalse(said.contains(OWN));

        vm.copyAs(shown(OWN), CredentialExports.Kind.SHELL);
        assertTrue(copied.get(1).reveal().contains("ACM_API_KEY=") && copied.get(1).reveal().contains(OWN));
        assertTrue(vm.statusProperty().get().contains("as shell exports"), vm.statusProperty().get());
    }

    @Test
    void allowDomainsProblemsNameEachBadEntryAndBlockSave() {
        vm.refresh();
        vm.originsTextProperty().set("example.com, exa mple.org\n*.ok.example.net\n300.1.1.1, ::1, 10.0.0.0/8, 10.0.0.0/40, bad_label.com");
        assertEquals(List.of("'exa mple.org': contains a space", "'300.1.1.1': not a valid IPv4 address (each part 0 to 255)",
                "'10.0.0.0/40': the prefix length after '/' must be 0 to 32",
                "'bad_label.com': 'bad_label' is not a valid domain label (letters, digits, inner hyphens, up to 63)"),
                vm.originProblems());
        assertFalse(vm.canSaveOriginsBinding().get());
        vm.originsTextProperty().set("example.com\n*.ok.example.net\n::1\n10.0.0.0/8");
        assertTrue(vm.originProblems().isEmpty());
        assertTrue(vm.canSaveOriginsBinding().get());
    }

    /**
     * Seen by hand with the sandbox dropping connections: the account could not be read, the Allow
     * Domains field stood empty under "Empty allows calls from anywhere", and what was typed there
     * could be saved, replacing domains the account had and the user never saw.
     */
    @Test
    void allowDomainsNeverReadCannotBeSavedOverWhatTheServerHas() {
        sandbox.state().write(d -> d.acm.origins = "corp.example.com");
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        vm.refresh();
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        assertFalse(vm.errorProperty().get().isEmpty(), "the read failed");
        assertFalse(vm.originsKnownProperty().get(), "the domains in force are not known");
        vm.originsTextProperty().set("example.com");
        assertFalse(vm.canSaveOriginsBinding().get(), "nothing unread is replaced");
        vm.saveOrigins();
        assertEquals("corp.example.com", sandbox.state().read(d -> d.acm.origins));

        vm.refresh();
        assertTrue(vm.originsKnownProperty().get());
        assertEquals("corp.example.com", vm.originsTextProperty().get(), "what is in force, once read");
        vm.originsTextProperty().set("corp.example.com\nexample.com");
        assertTrue(vm.canSaveOriginsBinding().get());
    }

    @Test
    void savedAllowDomainsAreWhatTheServerKeeps() {
        vm.refresh();
        vm.originsTextProperty().set("example.com, 10.0.0.0/8");
        vm.saveOrigins();
        assertEquals("example.com\n10.0.0.0/8", sandbox.state().read(d -> d.acm.origins));
        assertEquals("example.com\n10.0.0.0/8", vm.originsTextProperty().get(), "read back from the server");
        assertEquals("Allow Domains saved (2 entries).", vm.statusProperty().get());
        assertFalse(vm.canSaveOriginsBinding().get(), "nothing left to save");
    }

    @Test
    void marksSayInWordsWhatTheColoursShow() throws Exception {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        ApiAccessViewModel fixed = viewModel(Clock.fixed(now, ZoneOffset.UTC));
        ApiKey inUse = new ApiKey(Secret.of(OWN), now, now.plus(Duration.ofDays(30)));
        ApiKey soon = new ApiKey(Secret.of("soon-0123456789abcdef"), now, now.plus(Duration.ofMinutes(150)));
        ApiKey minutes = new ApiKey(Secret.of("mins-0123456789abcdef"), now, now.plus(Duration.ofMinutes(20)));
        ApiKey expired = new ApiKey(Secret.of("gone-0123456789abcdef"), now.minus(Duration.ofDays(2)), now.minusSeconds(1));
        ApiKey plain = new ApiKey(Secret.of("plain-0123456789abcdef"), now, now.plus(Duration.ofDays(30)));
        assertEquals("In use by this app", fixed.marks(inUse));
        assertEquals("Active", fixed.marks(plain), "a status cell is never blank");
        assertEquals("Expires in 2 h", fixed.marks(soon));
        assertEquals("Expires in 20 min", fixed.marks(minutes));
        assertEquals("Expired", fixed.marks(expired));
        assertTrue(fixed.isExpiringSoon(soon) && !fixed.isExpiringSoon(expired) && fixed.isExpired(expired));
        assertTrue(fixed.expiryProblem(now).contains("already passed"));
        assertTrue(fixed.expiryProblem(null).contains("Choose"));
        assertNull(fixed.expiryProblem(now.plusSeconds(60)));
    }
}
