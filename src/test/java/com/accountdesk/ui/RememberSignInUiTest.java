package com.accountdesk.ui;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Remember me" with real files: the API key goes to the user-only credential store (no keyring in
 * tests), the account to the saved profiles, a password nowhere; unticking deletes the key.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class RememberSignInUiTest implements AppExtension.Configured {
    private AppContext app;
    private Path configDir;

    @Override
    public AppConfig appConfig() {
        configDir = Path.of(System.getProperty("accountdesk.home"), "remember-" + UUID.randomUUID(), "config");
        return new AppConfig(null, null, true, configDir.resolve("settings.properties"));
    }

    private String settingsText() throws Exception {
        Path file = configDir.resolve("settings.properties");
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    private String fileText(String name) throws Exception {
        Path file = configDir.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    private String credentialsText() throws Exception {
        Path file = configDir.resolve(SecretStores.FILE_NAME);
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    private void waitForConnectScreen(FxRobot robot) {
        waitUntil(() -> robot.lookup("#endpointField").tryQuery().isPresent()
                && !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
    }

    private void signOut(FxRobot robot) {
        robot.clickOn("#userMenu").clickOn("Sign out");
        waitForConnectScreen(robot);
    }

    @Test
    void aRememberedKeyIsKeptInTheUserOnlyFileAndForgottenOnRequest(FxRobot robot) throws Exception {
        String key = sandbox(app).state().read(d -> d.acm.tokens.get(0).token);
        assertTrue(app.secrets() instanceof FileSecretStore, app.secrets().description());
        waitForConnectScreen(robot);
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        assertTrue(robot.lookup("#rememberCheck").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());

        assertTrue(credentialsText().contains(key), "the key is in the credential file");
        FilePermissions.assertOwnerOnly(configDir.resolve(SecretStores.FILE_NAME));
        assertFalse(settingsText().contains(key), "never in settings");
        assertFalse(fileText("profiles.json").contains(key), "never in the saved accounts");

        // "Don't remember": the saved key is deleted.
        signOut(robot);
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.interact(() -> robot.lookup("#rememberCheck").queryAs(CheckBox.class).setSelected(false));
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        assertFalse(credentialsText().contains(key), "the saved key is deleted");
    }

    @Test
    void aPasswordIsNeverSavedThoughTheAccountIs(FxRobot robot) throws Exception {
        waitForConnectScreen(robot);
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", DemoAccount.PASSWORD);
        assertFalse(showing(robot, "#rememberCheck"), "not offered for a password");
        assertTrue(showing(robot, "#passwordNotKept"), "and the screen says why");
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());

        assertTrue(fileText("profiles.json").contains(DemoAccount.LOGIN), "the account is saved");
        for (String text : new String[]{fileText("profiles.json"), settingsText(), credentialsText()}) {
            assertFalse(text.contains(DemoAccount.PASSWORD), "the password is not: " + text);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void forgettingASavedAccountInSettingsDeletesItsProfileAndSecret(FxRobot robot) throws Exception {
        String key = sandbox(app).state().read(d -> d.acm.tokens.get(0).token);
        waitForConnectScreen(robot);
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        assertTrue(credentialsText().contains(key));
        assertEquals(1, app.accounts().profiles().size());

        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Saved accounts");
        waitUntil(() -> robot.lookup("#savedAccountsList").tryQuery().isPresent());
        ListView<Profile> list = robot.lookup("#savedAccountsList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertTrue(robot.lookup("#forgetAccountButton").queryAs(Button.class).isDisabled(), "nothing chosen yet");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#forgetAccountButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> list.getItems().isEmpty());

        assertFalse(credentialsText().contains(key), "the saved key is deleted");
        assertTrue(app.accounts().profiles().isEmpty());
        assertFalse(fileText("profiles.json").contains("\"id\""), fileText("profiles.json"));
        assertTrue(app.accounts().lastUsed().isEmpty(), "nothing opens at the next start");
    }

    @Test
    void closingTheWindowEmptiesThePasswordAndKeyFields(FxRobot robot) {
        waitForConnectScreen(robot);
        type(robot, "#passwordField", "typed-password-0123");
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", "typed-key-0123456789");
        TextField password = robot.lookup("#passwordField").queryAs(TextField.class);
        TextField key = robot.lookup("#apiKeyField").queryAs(TextField.class);
        robot.interact(() -> app.stage().hide());
        assertEquals("", password.getText());
        assertEquals("", key.getText());
        robot.interact(() -> app.stage().show()); // the primary stage is shared by the tests that follow
    }

    @Test
    void theSettingsWindowSaysWhereSecretsAreKept(FxRobot robot) {
        waitForConnectScreen(robot);
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", DemoAccount.PASSWORD);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        robot.clickOn("#userMenu").clickOn("Settings…");
        waitUntil(() -> robot.lookup("#secretsWhere").tryQuery().isPresent());
        String where = labelText(robot, "#secretsWhere");
        assertTrue(where.contains("a file only you can read") && where.contains(configDir.resolve(SecretStores.FILE_NAME).toString()), where);
    }
}
