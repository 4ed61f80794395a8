package com.accountdesk.ui.main;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.testing.Fx;
import javafx.scene.control.CheckBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app signed in with a saved key that expires in 3 h: the main window says so, and Extend…
 * and Replace… do it on the sandbox (checked on the server and in the saved secret).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class OwnKeyUiTest {
    private static final String KEY = "ui-own-key-expiring-0123456789";
    private AppContext app;

    private SandboxServer signInWithKeyExpiringIn3Hours(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(KEY, now, now + Duration.ofHours(3).getSeconds())));
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", KEY);
        assertTrue(robot.lookup("#rememberCheck").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#ownKeyNote"));
        String message = labelText(robot, "#ownKeyMessage");
        assertTrue(message.contains("expires in 3 h"), message);
        assertFalse(message.contains(KEY), "masked");
        return sandbox;
    }

    private static List<StateData.AcmToken> serverKeys(SandboxServer sandbox) {
        return sandbox.state().read(d -> List.copyOf(d.acm.tokens));
    }

    private Profile savedProfile() {
        return app.accounts().profiles().get(0);
    }

    @Test
    void extendGivesTheSameKeyAWeekMore(FxRobot robot) throws Exception {
        SandboxServer sandbox = signInWithKeyExpiringIn3Hours(robot);
        robot.clickOn("#ownKeyExtend");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        Instant asked = Instant.now();
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> !showing(robot, "#ownKeyNote") || showing(robot, "#ownKeyError"));
        assertFalse(showing(robot, "#ownKeyError"), () -> labelText(robot, "#ownKeyError"));
        long expires = serverKeys(sandbox).stream().filter(t -> t.token.equals(KEY)).findFirst().orElseThrow().expires;
        assertEquals(asked.plus(Duration.ofDays(7)).getEpochSecond(), expires, 60, "the default choice is 7 days");
        assertFalse(showing(robot, "#ownKeyError"));
    }

    @Test
    void replaceSavesANewKeyAndDeletesTheOldOne(FxRobot robot) throws Exception {
        SandboxServer sandbox = signInWithKeyExpiringIn3Hours(robot);
        assertEquals(Secret.of(KEY), app.accounts().savedSecret(savedProfile()).orElseThrow());
        robot.clickOn("#ownKeyReplace");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> serverKeys(sandbox).stream().noneMatch(t -> t.token.equals(KEY)) || showing(robot, "#ownKeyError"));
        assertFalse(showing(robot, "#ownKeyError"), () -> labelText(robot, "#ownKeyError"));
        // The window goes on with the new key: a fresh main window without the note.
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent() && !showing(robot, "#ownKeyNote"));
        Secret saved = app.accounts().savedSecret(savedProfile()).orElseThrow();
        assertNotEquals(Secret.of(KEY), saved);
        assertTrue(serverKeys(sandbox).stream().anyMatch(t -> t.token.equals(saved.reveal())), "the saved key is on the account");
        assertEquals(1, app.accounts().profiles().size(), "the same saved account, not a second one");
        assertFalse(showing(robot, "#ownKeyError"));
    }

    @Test
    void theWarningWindowIsASettingInTheSettingsWindow(FxRobot robot) throws Exception {
        signInWithKeyExpiringIn3Hours(robot);
        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Expiring keys");
        waitUntil(() -> showing(robot, "#keyWarningSpinner"));
        assertTrue(robot.lookup("#remindersCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "on unless turned off");
        type(robot, "#keyWarningSpinner .text-field", "2");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> app.settings().getInt(com.accountdesk.session.KeyWarnings.WARNING_HOURS_SETTING, 24) == 2);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#keyWarningSpinner"));
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> !showing(robot, "#ownKeyNote"));
    }

    /** A new user sees the expiry note on the sandbox: Settings makes a demo key that expires soon, and signing in with it shows the note. */
    @Test
    void aDemoKeyFromSettingsShowsTheExpiryNote(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Sandbox faults");
        robot.clickOn("#demoKeyButton");
        waitUntil(() -> labelText(robot, "#demoKeyStatus").contains("3 hours"));
        String key = Fx.call(() -> Clipboard.getSystemClipboard().getString());
        assertFalse(key == null || key.isBlank(), "the key is on the clipboard");
        assertFalse(labelText(robot, "#demoKeyStatus").contains(key), "and never on the screen");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#userMenu").clickOn("Sign out");
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#ownKeyNote"));
        assertTrue(labelText(robot, "#ownKeyMessage").contains("expires in"), labelText(robot, "#ownKeyMessage"));
    }
}
