package com.accountdesk.ui;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Environment;
import com.accountdesk.sandbox.state.DemoAccount;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static com.accountdesk.testing.UiTestSupport.fillCrate;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved accounts: switching between an Altinity and a CrateDB profile, and the last one at start. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProfileSwitchUiTest {
    @TempDir
    Path home;
    private AppContext app;
    private Stage stage;

    private AppConfig config() {
        return new AppConfig(null, home.resolve("sandbox.json"), false, home.resolve("settings.properties"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.create(config());
        app.show(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static MenuButton userMenu(FxRobot robot) {
        return robot.lookup("#userMenu").queryAs(MenuButton.class);
    }

    private static List<String> menuTexts(FxRobot robot) {
        return userMenu(robot).getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }

    private static void choose(FxRobot robot, String itemText) {
        robot.clickOn("#userMenu");
        robot.clickOn(itemText);
    }

    @SuppressWarnings("unchecked")
    private static boolean environmentsShown(FxRobot robot) {
        return robot.lookup("#table").tryQuery().map(t -> ((TableView<Environment>) t).getItems().size() == 2).orElse(false);
    }

    /** A password profile has no saved secret: switching to it shows the form filled in, the password field focused. */
    private static void givePasswordWhenAsked(FxRobot robot) {
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        assertEquals(DemoAccount.LOGIN, robot.lookup("#loginField").queryAs(TextField.class).getText());
        assertFalse(showing(robot, "#rememberCheck"), "a password is never offered to be saved");
        robot.write(DemoAccount.PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
    }

    @Test
    void switchBetweenAltinityAndCrateDbAccounts(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> environmentsShown(robot));
        assertTrue(showing(robot, "#launchButton"));

        choose(robot, "Add Account…");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        signInCrate(robot);
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());
        assertFalse(showing(robot, "#launchButton"));
        String toAcm = "Switch to " + DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM password — built-in sandbox";
        assertTrue(menuTexts(robot).contains(toAcm), menuTexts(robot).toString());
        assertFalse(menuTexts(robot).stream().anyMatch(t -> t.contains("CrateDB Cloud")), "the current account is not offered");

        choose(robot, toAcm);
        givePasswordWhenAsked(robot);
        waitUntil(() -> environmentsShown(robot));
        assertTrue(showing(robot, "#launchButton"));
        assertEquals(DemoAccount.NAME, userMenu(robot).getText());

        choose(robot, "Switch to " + DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — CrateDB API key …-key — built-in sandbox");
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());
        assertTrue(robot.lookup("#table").tryQuery().isEmpty());
    }

    @Test
    void withoutASavedSecretSwitchingShowsTheFormFilledIn(FxRobot robot) {
        signIn(robot);
        choose(robot, "Add Account…");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        fillCrate(robot, DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET);
        robot.clickOn("#rememberCheck");
        assertFalse(robot.lookup("#rememberCheck").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());

        choose(robot, "Switch to " + DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM password — built-in sandbox");
        givePasswordWhenAsked(robot);
        waitUntil(() -> environmentsShown(robot));
        choose(robot, "Switch to " + DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — CrateDB API key …-key — built-in sandbox");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        waitUntil(() -> DemoAccount.CRATE_KEY.equals(robot.lookup("#crateKeyField").queryAs(TextField.class).getText()));
        assertTrue(robot.lookup("#crateChoice").queryAs(RadioButton.class).isSelected());
        assertEquals("", robot.lookup("#crateSecretField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#endpointField").queryAs(TextField.class).getText().endsWith("/cratedb/"));
        assertTrue(robot.lookup("#keysTable").tryQuery().isEmpty(), "waits for the secret");
    }

    @Test
    void anAcmApiKeyProfileSwitchesBackWithItsKey(FxRobot robot) throws Exception {
        String acmKey = app.sandbox().get().state().read(d -> d.acm.tokens.get(0).token);
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        robot.interact(() -> robot.lookup("#apiKeyField").queryAs(TextField.class).setText(acmKey));
        robot.clickOn("#connectButton");
        waitUntil(() -> environmentsShown(robot));

        choose(robot, "Add Account…");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        signInCrate(robot);
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());
        choose(robot, "Switch to " + DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM API key …"
                + acmKey.substring(acmKey.length() - 4) + " — built-in sandbox");
        waitUntil(() -> environmentsShown(robot));
        assertEquals(2, app.accounts().profiles().size());
        assertTrue(app.accounts().profiles().stream().anyMatch(p -> p.usesAcmApiKey()), "saved as an API-key profile");
    }

    /** Quits and starts again: same settings, saved accounts and sandbox state; a new sandbox on a new port. */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            app.close();
            app = AppContext.create(config());
            app.show(stage);
        });
    }

    @Test
    void theLastUsedAccountOpensSignedInAtTheNextStart(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());
        restart(robot);
        // Signed in with the saved secret, once the new sandbox is up: no click needed.
        waitUntil(() -> robot.lookup("#keysTable").tryQuery().isPresent());
        assertTrue(robot.lookup("#connectButton").tryQuery().isEmpty());
        assertTrue(showing(robot, "#sandboxBadge"));
        assertTrue(app.stage().getTitle().endsWith("(Sandbox)"), app.stage().getTitle());
    }

    @Test
    void aPasswordAccountOpensFilledInAtTheNextStartAndWaitsForThePassword(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> environmentsShown(robot));
        restart(robot);
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#endpointField").queryAs(TextField.class).getText().endsWith("/api/"));
        assertTrue(robot.lookup("#acmChoice").queryAs(RadioButton.class).isSelected());
        assertEquals("", robot.lookup("#passwordField").queryAs(TextField.class).getText(), "a password is never saved");
        assertTrue(showing(robot, "#sandboxHint"), "the new sandbox's URL, not the old port");
        givePasswordWhenAsked(robot);
        waitUntil(() -> environmentsShown(robot));
    }
}
