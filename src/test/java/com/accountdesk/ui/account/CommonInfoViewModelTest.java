package com.accountdesk.ui.account;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.LogCapture;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.testing.SignedInSandbox;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ThemeMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Common Information against the sandbox, on the calling thread: what is shown, the name, the password. */
class CommonInfoViewModelTest {
    private static final String NEW_PASSWORD = "Twelve-chars-or-more";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ObjectProperty<ThemeMode> appTheme = new SimpleObjectProperty<>(ThemeMode.SYSTEM);
    private SignedInSandbox signedIn;
    private SandboxServer sandbox;
    private AcmClient client;
    private CommonInfoViewModel vm;

    @BeforeEach
    void start() throws Exception {
        signedIn = SignedInSandbox.start(clock);
        sandbox = signedIn.server();
        client = signedIn.client();
        vm = new CommonInfoViewModel(client, Background.callingThread(), dialogs, ZoneOffset.UTC, appTheme);
        vm.load();
    }

    private SignIn signIn(String password) throws Exception {
        return signedIn.signIn(password);
    }

    @AfterEach
    void stop() {
        signedIn.close();
    }

    @Test
    void showsWhatTheAccountSays() {
        assertEquals(DemoAccount.NAME, vm.nameProperty().get());
        assertEquals(DemoAccount.LOGIN, vm.emailText());
        assertEquals("Account admin", vm.roleText());
        assertTrue(vm.lastLoginText().startsWith("2026-12-06 10:00"), vm.lastLoginText());
        assertEquals("Light", vm.themeText());
        assertEquals("", vm.work().errorProperty().get());
    }

    @Test
    void theAccountsThemeIsOfferedToThisAppAndSetOnlyWhenAsked() throws Exception {
        assertEquals(ThemeMode.LIGHT, vm.accountTheme());
        assertTrue(vm.canUseThemeBinding().get(), "the app follows the system: the account's light is another choice");
        assertEquals(ThemeMode.SYSTEM, appTheme.get(), "nothing set by reading the account");
        vm.useAccountTheme();
        assertEquals(ThemeMode.LIGHT, appTheme.get());
        assertFalse(vm.canUseThemeBinding().get(), "the same now");
        assertTrue(vm.work().statusProperty().get().startsWith("This app now uses the light theme"));

        sandbox.state().write(d -> d.acm.darkTheme = true);
        vm.load();
        assertEquals("Dark", vm.themeText());
        assertTrue(vm.canUseThemeBinding().get());
        vm.useAccountTheme();
        assertEquals(ThemeMode.DARK, appTheme.get());
        assertEquals(Boolean.TRUE, sandbox.state().read(d -> d.acm.darkTheme), "nothing sent to the account");
    }

    @Test
    void theNameIsSentOnlyWhenChangedAndNotBlank() throws Exception {
        assertFalse(vm.canRenameBinding().get(), "nothing changed yet");
        vm.nameProperty().set("   ");
        assertFalse(vm.canRenameBinding().get());
        vm.nameProperty().set("Dana Demo");
        assertTrue(vm.canRenameBinding().get());
        vm.rename();
        assertEquals("Dana Demo", sandbox.state().read(d -> d.acm.name));
        assertEquals("The display name is now Dana Demo.", vm.work().statusProperty().get());
        assertFalse(vm.canRenameBinding().get(), "the server's name is now the one typed");
    }

    @Test
    void aShortOrMismatchedPasswordIsNeverSent() throws Exception {
        String before = sandbox.state().read(d -> d.acm.passwordHash);
        vm.newPasswordProperty().set("short-pass");
        assertEquals("Use at least 12 characters (10 so far).", vm.passwordProblemBinding().get());
        assertFalse(vm.canChangePasswordBinding().get());
        vm.changePassword();
        vm.newPasswordProperty().set(NEW_PASSWORD);
        vm.confirmPasswordProperty().set(NEW_PASSWORD + "x");
        assertEquals("The two passwords differ.", vm.passwordProblemBinding().get());
        vm.changePassword();
        assertEquals(before, sandbox.state().read(d -> d.acm.passwordHash), "nothing was sent");
    }

    @Test
    void aGoodPasswordIsSentOnceAndForgottenAtOnce() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            vm.newPasswordProperty().set(NEW_PASSWORD);
            vm.confirmPasswordProperty().set(NEW_PASSWORD);
            assertTrue(vm.canChangePasswordBinding().get());
            vm.changePassword();
            assertFalse(logs.text().contains(NEW_PASSWORD), "never logged");
        }
        assertEquals("", vm.newPasswordProperty().get());
        assertEquals("", vm.confirmPasswordProperty().get());
        assertEquals(Hashes.sha256(NEW_PASSWORD), sandbox.state().read(d -> d.acm.passwordHash));
        assertEquals(1, dialogs.notices.size());
        assertEquals(DemoAccount.NAME, signIn(NEW_PASSWORD).name());
    }

    @Test
    void whenTheServerWantsTheSignInAgainItIsAskedOnceAndThePasswordStillGoes() throws Exception {
        clock.advance(Duration.ofMinutes(30));
        AtomicInteger asked = new AtomicInteger();
        client.setReauthenticator(refused -> {
            asked.incrementAndGet();
            try {
                return Optional.of(signIn(DemoAccount.PASSWORD).token());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        vm.newPasswordProperty().set(NEW_PASSWORD);
        vm.confirmPasswordProperty().set(NEW_PASSWORD);
        vm.changePassword();
        assertEquals(1, asked.get());
        assertEquals(Hashes.sha256(NEW_PASSWORD), sandbox.state().read(d -> d.acm.passwordHash));
    }

    @Test
    void aRefusedSignInAgainLeavesThePasswordUnchangedAndSaysSo() throws Exception {
        clock.advance(Duration.ofMinutes(30));
        client.setReauthenticator(refused -> Optional.empty());
        String before = sandbox.state().read(d -> d.acm.passwordHash);
        vm.newPasswordProperty().set(NEW_PASSWORD);
        vm.confirmPasswordProperty().set(NEW_PASSWORD);
        vm.changePassword();
        assertEquals(before, sandbox.state().read(d -> d.acm.passwordHash));
        assertTrue(vm.work().errorProperty().get().startsWith("The account could not be read or changed."), vm.work().errorProperty().get());
        assertEquals("", vm.newPasswordProperty().get(), "not kept for another try");
    }
}
