package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Clipping;
import com.accountdesk.testing.Fx;
import com.accountdesk.testing.Reachability;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.ThemeMode;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

import java.util.List;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No text is cut at the default window sizes, in either theme: sign-in, main window, My Account
 * (with the sentence after adding a key), the expiry dialog, the rotation window (opened from the key table), Settings and every wizard page.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class NoClippedTextUiTest {
    private AppContext app;

    private static void assertWhole(String where, Node root) {
        assertEquals(List.of(), Fx.call(() -> Clipping.clipped(root.getScene().getRoot())), where + ": text cut");
        assertEquals(List.of(), Fx.call(() -> Clipping.pastTheEdge(root.getScene())), where + ": text past the window's edge");
        assertEquals(List.of(), Fx.call(() -> Reachability.unreachable(root.getScene().getWindow())), where + ": cannot be reached");
    }

    private static Stage window(String titleStart) {
        return Fx.call(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().startsWith(titleStart))
                .map(Stage.class::cast).findFirst().orElseThrow());
    }

    private static void set(FxRobot robot, String id, String text) {
        waitUntil("the field " + id + " on the page", () -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void next(FxRobot robot) {
        Node page = robot.lookup(".wizard-page").query();
        robot.interact(() -> ((ButtonBase) robot.lookup("#wizardNext").query()).fire());
        waitUntil(() -> robot.lookup(".wizard-page").query() != page);
    }

    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void nothingIsCutAtTheDefaultSizes(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        waitUntil(() -> showing(robot, "#sandboxHint"));
        assertWhole("sign-in", app.stage().getScene().getRoot());

        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        assertWhole("main window", app.stage().getScene().getRoot());

        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        assertWhole("expiry dialog", robot.lookup("#expiryOkButton").query());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#keysStatusLabel") && labelText(robot, "#keysStatusLabel").startsWith("Added a new key"));
        Stage myAccount = window("My Account");
        assertWhole("My Account after adding a key", myAccount.getScene().getRoot());

        // The rotation window, opened from the key table: as it opens, and with the new key, its copy and status shown.
        robot.interact(() -> robot.lookup("#keyTable").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#rotateButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#rotateButton");
        waitUntil(() -> showing(robot, "#rotationNext"));
        Stage rotation = window("Rotate API key");
        assertWhole("rotation window", rotation.getScene().getRoot());
        robot.clickOn("#rotationNext");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        assertWhole("rotation, create question", robot.lookup("#" + Dialogs.CONFIRM_OK_ID).query());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#rotationStatus") && !robot.lookup("#rotationNewKey").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#copySecretButton");
        waitUntil(() -> showing(robot, "#rotationCopied"));
        assertWhole("rotation, new key made and copied", rotation.getScene().getRoot());
        robot.interact(rotation::close);
        robot.interact(myAccount::close);

        robot.clickOn("#userMenu").clickOn("Settings…");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "Settings".equals(s.getTitle())));
        Stage settings = window("Settings");
        assertWhole("Settings", settings.getScene().getRoot());
        robot.interact(settings::close);

        robot.clickOn("#launchButton");
        waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent()
                && robot.lookup("#environmentChoice").queryAs(ComboBox.class).getValue() != null);
        Node wizard = window("Launch Cluster").getScene().getRoot();
        assertWhole("wizard, environment", wizard);
        next(robot);
        assertWhole("wizard, cluster, nothing typed", wizard);
        set(robot, "#nameField", "9lives"); // a problem beside the field must not squeeze the field's name
        set(robot, "#adminPassField", "short");
        assertWhole("wizard, cluster, with problems shown", wizard);
        set(robot, "#nameField", "clip-test");
        set(robot, "#adminPassField", "Clip-Test-Password-1");
        set(robot, "#adminPassConfirmField", "Clip-Test-Password-1");
        next(robot);
        set(robot, "#nodeTypeEditor", "n2d-standard-2");
        assertWhole("wizard, resources", wizard);
        next(robot);
        assertWhole("wizard, connection", wizard);
        next(robot);
        assertWhole("wizard, high availability", wizard);
        next(robot);
        waitUntil(() -> robot.lookup("#reviewJson").tryQuery().isPresent());
        assertWhole("wizard, review", wizard);
    }

    /** The CrateDB rotation window has more to show (a secret row, four steps): from the account's key table. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theCrateRotationWindowIsWhole(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        signInCrate(robot);
        TableView<?> keys = robot.lookup("#keysTable").queryAs(TableView.class);
        waitUntil(() -> !keys.getItems().isEmpty());
        robot.interact(() -> keys.getSelectionModel().select(0));
        robot.clickOn("#rotateKeyButton");
        waitUntil(() -> showing(robot, "#rotationNext"));
        Stage rotation = window("Rotate API key");
        assertWhole("CrateDB rotation window", rotation.getScene().getRoot());
        robot.clickOn("#rotationNext");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#rotationSecret"));
        robot.clickOn("#copySecretButton");
        waitUntil(() -> showing(robot, "#rotationCopied"));
        assertWhole("CrateDB rotation, new key made and copied", rotation.getScene().getRoot());
        robot.interact(rotation::close);
    }
}
