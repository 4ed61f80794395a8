package com.accountdesk.ui.cratedb;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Clipping;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Local names of CrateDB keys (Name…, the name field of the new-key dialog, the table and the
 * delete question), and the new-key dialog's Copy as (shell exports for croud).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class CrateKeyNamesUiTest {
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static TableView<CrateApiKey> table(FxRobot robot) {
        return robot.lookup("#keysTable").queryAs(TableView.class);
    }

    private static String nameOf(FxRobot robot, String key) {
        TableView<CrateApiKey> table = table(robot);
        TableColumn<CrateApiKey, ?> column = table.getColumns().stream().filter(c -> c.getText().equals("Local name")).findFirst().orElseThrow();
        return table.getItems().stream().filter(k -> k.key().equals(key)).findFirst().map(k -> String.valueOf(column.getCellData(k))).orElse("");
    }

    private static void select(FxRobot robot, String key) {
        robot.interact(() -> table(robot).getItems().stream().filter(k -> k.key().equals(key)).findFirst()
                .ifPresent(k -> table(robot).getSelectionModel().select(k)));
    }

    @Test
    void namesAreGivenShownAndNamedInTheDeleteQuestion(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> !table(robot).getItems().isEmpty());
        String idle = table(robot).getItems().stream().map(CrateApiKey::key).filter(k -> !k.equals(DemoAccount.CRATE_KEY))
                .findFirst().orElseThrow();
        select(robot, idle);
        robot.clickOn("#renameKeyButton");
        waitUntil(() -> showing(robot, "#keyNameInput"));
        type(robot, "#keyNameInput", "old laptop");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        waitUntil(() -> nameOf(robot, idle).equals("old laptop"));

        int before = table(robot).getItems().size();
        robot.clickOn("#createKeyButton");
        waitUntil(() -> showing(robot, "#keyNameField"));
        String created = robot.lookup("#newKeyField").queryAs(TextField.class).getText();
        String secret = robot.lookup("#newSecretField").queryAs(TextField.class).getText();
        // Its variable names keep their underscores as the menu draws them (none is taken as a mnemonic).
        assertEquals("Shell exports (croud: CRATEDB_CLOUD_API_KEY, _SECRET)", Clipping.drawn(robot.lookup("#copyAsButton")
                .queryAs(javafx.scene.control.MenuButton.class).getItems().get(0)));
        // The item is fired rather than clicked: a menu popped up over this modal dialog leaves the shared
        // toolkit's focus handling off for the next test class's app (seen with ProfileSwitchUiTest after it).
        robot.interact(() -> robot.lookup("#copyAsButton").queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .filter(i -> "copyShellItem".equals(i.getId())).findFirst().orElseThrow().fire());
        String expected = "export CRATEDB_CLOUD_API_KEY='" + created + "'\nexport CRATEDB_CLOUD_API_SECRET='" + secret + "'\n";
        waitUntil(() -> expected.equals(org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                javafx.scene.input.Clipboard.getSystemClipboard().getString()).get()));
        type(robot, "#keyNameField", "nightly export");
        robot.clickOn("#newKeyDoneButton");
        waitUntil(() -> table(robot).getItems().size() == before + 1 && nameOf(robot, created).equals("nightly export"));

        select(robot, idle);
        robot.clickOn("#deleteKeyButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_CANCEL_ID));
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.contains("“old laptop”"), header);
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        waitUntil(() -> !showing(robot, "#" + Dialogs.CONFIRM_CANCEL_ID));
    }
}
