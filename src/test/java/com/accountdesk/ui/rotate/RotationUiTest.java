package com.accountdesk.ui.rotate;

import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Clipping;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Optional;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One full rotation of the CrateDB key the app signs in with, driven as a user would, on the app's sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class RotationUiTest {
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static TableView<CrateApiKey> table(FxRobot robot) {
        return robot.lookup("#keysTable").queryAs(TableView.class);
    }

    private Optional<StateData.CrateKey> serverKey(String key) throws Exception {
        return sandbox(app).state().read(d -> d.crate.keys.stream().filter(k -> k.key.equals(key)).findFirst()
                .map(k -> {
                    StateData.CrateKey copy = new StateData.CrateKey(k.key, k.secretHash, k.created);
                    copy.active = k.active;
                    return copy;
                }));
    }

    private static void confirm(FxRobot robot, String header) {
        waitUntil("the question " + header, () -> robot.lookup(header).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isEmpty());
    }

    /** No text of the rotation window is cut, at its default size, with every row a step shows (the window grew to them). */
    private static void assertNothingCut(FxRobot robot, String where) {
        Node root = robot.lookup("#rotationNext").query();
        waitUntil(where + ": the window grows to its rows",
                () -> Fx.call(() -> root.getScene().getRoot().prefHeight(root.getScene().getWidth()) <= root.getScene().getHeight() + 0.5));
        assertEquals(List.of(), Fx.call(() -> Clipping.clipped(root.getScene().getRoot())), where + ": text cut");
        assertEquals(List.of(), Fx.call(() -> Clipping.pastTheEdge(root.getScene())), where + ": text past the window's edge");
    }

    private static String status(FxRobot robot) {
        return labelText(robot, "#rotationStatus");
    }

    @Test
    void rotatingTheAppsOwnCrateKeyStepByStep(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertTrue(robot.lookup("#rotateKeyButton").queryAs(Button.class).isDisabled(), "nothing selected, nothing to rotate");
        robot.interact(() -> table(robot).getItems().stream().filter(k -> k.key().equals(DemoAccount.CRATE_KEY)).findFirst()
                .ifPresent(k -> table(robot).getSelectionModel().select(k)));
        robot.clickOn("#rotateKeyButton");

        // 1. Create the new key: it is shown with its secret, hidden until asked for.
        waitUntil(() -> showing(robot, "#rotationNext"));
        // The window opens as tall as its first step, without an empty band below it; it grows as steps show more.
        Node first = robot.lookup("#rotationNext").query();
        double emptyBelow = Fx.call(() -> first.getScene().getHeight() - first.getScene().getRoot().prefHeight(first.getScene().getWidth()));
        assertTrue(emptyBelow < 24, emptyBelow + " px empty below the first step");
        assertEquals("_Create new key…", robot.lookup("#rotationNext").queryAs(Button.class).getText());
        robot.clickOn("#rotationNext");
        confirm(robot, "Rotate the key " + DemoAccount.CRATE_KEY + "?");
        waitUntil(() -> !robot.lookup("#rotationNewKey").queryAs(TextField.class).getText().isEmpty());
        String fresh = robot.lookup("#rotationNewKey").queryAs(TextField.class).getText();
        assertTrue(serverKey(fresh).isPresent());
        TextField secretField = robot.lookup("#rotationSecret").queryAs(TextField.class);
        assertEquals("(hidden: Show, or copy it)", secretField.getText());
        ToggleButton show = robot.lookup((Node n) -> n instanceof ToggleButton t && "Show".equals(t.getText())).queryAs(ToggleButton.class);
        assertEquals("Show the secret", show.getAccessibleText());
        robot.clickOn(show);
        String secret = secretField.getText();
        assertTrue(secret.length() >= 32, "shown on request");
        // The button says what it does next: hide the secret again.
        assertEquals("Hide", show.getText());
        assertEquals("Hide the secret", show.getAccessibleText());
        robot.clickOn(show);
        assertEquals("(hidden: Show, or copy it)", secretField.getText());
        assertEquals("Show", show.getText());
        robot.clickOn(show);
        assertEquals(secret, secretField.getText());
        robot.clickOn("#copySecretButton");
        waitUntil(() -> secret.equals(Clipboard.getSystemClipboard().getString()));
        assertTrue(app.clipboard().holdsSecret(), "copied as a secret, cleared later");
        waitUntil(() -> showing(robot, "#rotationCopied") && labelText(robot, "#rotationCopied").startsWith("Copied the secret of key " + fresh));
        assertNothingCut(robot, "the new key shown, copied");

        // 2. The old key is the saved one, so the new one must take its place: signed in with first.
        waitUntil(() -> "_Sign in with it and save…".equals(robot.lookup("#rotationNext").queryAs(Button.class).getText()));
        robot.clickOn("#rotationNext");
        confirm(robot, "Make the new key the one Account Desk signs in with?");
        waitUntil(() -> status(robot).startsWith("Signed in with the new key " + fresh));
        // The main window goes on with the new key.
        waitUntil(() -> robot.lookup(fresh + " (this app)").tryQuery().isPresent());
        Profile profile = app.accounts().profiles().get(0);
        assertEquals(fresh, profile.login());
        assertEquals(Secret.of(secret), app.accounts().savedSecret(profile).orElseThrow());

        // 3. Deactivate the old key.
        robot.clickOn("#rotationNext");
        confirm(robot, "Deactivate the key " + DemoAccount.CRATE_KEY + "?");
        waitUntil(() -> !serverKey(DemoAccount.CRATE_KEY).orElseThrow().active);
        waitUntil(() -> status(robot).contains("is deactivated"));
        assertNothingCut(robot, "the old key deactivated");

        // 4. Delete it.
        robot.clickOn("#rotationNext");
        confirm(robot, "Delete the key " + DemoAccount.CRATE_KEY + "?");
        waitUntil(() -> serverKey(DemoAccount.CRATE_KEY).isEmpty());
        waitUntil(() -> status(robot).startsWith("Rotation complete"));
        assertFalse(showing(robot, "#rotationNext"), "nothing left to do");
        assertFalse(showing(robot, "#rotationUndo"));
        waitUntil(() -> table(robot).getItems().stream().map(CrateApiKey::key).noneMatch(DemoAccount.CRATE_KEY::equals));

        // The saved secret works: signing in with it is what the app does at its next start.
        Profile saved = app.accounts().profiles().get(0);
        app.accounts().signIn(saved, sandbox(app).crateBaseUrl(), app.accounts().savedSecret(saved).orElseThrow(), true);

        robot.clickOn("#rotationClose");
        waitUntil(() -> robot.lookup("#rotationSecret").tryQuery().isEmpty());
        assertNotEquals(secret, secretField.getText(), "closing forgets the secret");
        assertTrue(robot.lookup((Node n) -> n instanceof Labeled l && secret.equals(l.getText())).tryQuery().isEmpty());
        assertEquals(List.of(), robot.lookup("#rotationNext").queryAll().stream().toList());
    }

    private List<String> acmTokens() throws Exception {
        return sandbox(app).state().read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
    }

    /**
     * Seen by hand (1440×900): the sentence after Copy as went a few seconds later and Close, Undo
     * and "Sign in with it and save…" jumped up under the pointer; a click meant for Close hit nothing.
     */
    @Test
    void theButtonsStayWhereTheyAreWhenWhatACopySaidGoes(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> table(robot).getItems().stream().filter(k -> k.key().equals(DemoAccount.CRATE_KEY)).findFirst()
                .ifPresent(k -> table(robot).getSelectionModel().select(k)));
        robot.clickOn("#rotateKeyButton");
        waitUntil(() -> showing(robot, "#rotationNext"));
        robot.clickOn("#rotationNext");
        confirm(robot, "Rotate the key " + DemoAccount.CRATE_KEY + "?");
        waitUntil(() -> !robot.lookup("#rotationNewKey").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#copySecretButton");
        waitUntil(() -> showing(robot, "#rotationCopied"));
        Node close = robot.lookup("#rotationClose").query();
        waitUntil("the window grown to the sentence", () -> Fx.call(() ->
                close.getScene().getRoot().prefHeight(close.getScene().getWidth()) <= close.getScene().getHeight() + 0.5));
        double before = Fx.call(() -> close.localToScene(close.getLayoutBounds()).getMinY());
        waitUntil("the sentence gone", () -> !showing(robot, "#rotationCopied"));
        assertEquals(before, Fx.call(() -> close.localToScene(close.getLayoutBounds()).getMinY()), 0.5, "Close moved");
        robot.clickOn("#rotationClose");
    }

    @Test
    void anAcmKeyIsRotatedFromMyAccount(FxRobot robot) throws Exception {
        signIn(robot); // with the password: there is no saved key to replace, so that step is not offered
        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ApiKey> keys = robot.lookup("#keyTable").queryAs(TableView.class);
        waitUntil(() -> !keys.getItems().isEmpty());
        ApiKey old = keys.getItems().get(0);
        robot.interact(() -> keys.getSelectionModel().select(old));
        waitUntil(() -> !robot.lookup("#rotateButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#rotateButton");

        waitUntil(() -> showing(robot, "#rotationNext"));
        assertTrue(showing(robot, "#expiryChoice"), "ACM keys expire: the new one's lifetime is chosen");
        robot.clickOn("#rotationNext");
        confirm(robot, "Rotate the key " + old.token().masked() + "?");
        waitUntil(() -> !robot.lookup("#rotationNewKey").queryAs(TextField.class).getText().isEmpty());
        waitUntil(() -> acmTokens().size() == keys.getItems().size() && acmTokens().contains(old.token().reveal()));
        waitUntil(() -> "_Delete old key…".equals(robot.lookup("#rotationNext").queryAs(Button.class).getText()));
        robot.clickOn("#rotationNext");
        confirm(robot, "Delete the key " + old.token().masked() + "?");
        waitUntil(() -> status(robot).startsWith("Rotation complete"));
        assertFalse(acmTokens().contains(old.token().reveal()));
        // My Account's table shows the keys as they are now.
        waitUntil(() -> keys.getItems().stream().noneMatch(k -> k.token().equals(old.token())));
    }
}
