package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.model.ApiKey;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.account.MyAccountUi.busy;
import static com.accountdesk.ui.account.MyAccountUi.open;
import static com.accountdesk.ui.account.MyAccountUi.row;
import static com.accountdesk.ui.account.MyAccountUi.select;
import static com.accountdesk.ui.account.MyAccountUi.serverTokens;
import static com.accountdesk.ui.account.MyAccountUi.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Local key names in My Account (given with Name… and in Add key…, shown in the table and in the
 * delete question), and Copy as (the key as acmctl takes it, taken off the clipboard later).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class KeyNamesUiTest {
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static String nameCell(FxRobot robot, ApiKey key) {
        TableColumn<ApiKey, ?> column = table(robot).getColumns().stream()
                .filter(c -> c.getText().equals("Local name")).findFirst().orElseThrow();
        return String.valueOf(column.getCellData(key));
    }

    /** The texts the open popups (menus) draw: their text nodes, as the skin parsed them. */
    private static List<String> drawnInPopups() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".text").stream())
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void namesAreGivenShownAndNamedInTheDeleteQuestion(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String seeded = serverTokens(app).get(0);
        select(robot, row(robot, seeded));
        robot.clickOn("#renameButton");
        waitUntil(() -> showing(robot, "#keyNameInput"));
        type(robot, "#keyNameInput", "CI deploys");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton());
        waitUntil(() -> nameCell(robot, row(robot, seeded)).equals("CI deploys"));

        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#keyNameField"));
        type(robot, "#keyNameField", "laptop");
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 2 && !busy(robot));
        List<String> tokens = serverTokens(app);
        String added = tokens.stream().filter(t -> !t.equals(seeded)).findFirst().orElseThrow();
        assertEquals("laptop", nameCell(robot, row(robot, added)));

        select(robot, row(robot, seeded));
        robot.clickOn("#deleteButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_CANCEL_ID));
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.contains("“CI deploys”"), header);
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        assertTrue(app.keyNames().of(app.accounts().profiles().get(0).id()).name(added).equals("laptop"));
    }

    @Test
    void copyAsPutsTheKeyForAcmctlOnTheClipboardAndClearsIt(FxRobot robot) throws Exception {
        app.settings().put(com.accountdesk.ui.common.SecretClipboard.CLEAR_AFTER_SECONDS, 1);
        signIn(robot);
        open(robot);
        String seeded = serverTokens(app).get(0);
        select(robot, row(robot, seeded));
        robot.clickOn("#copyAsButton");
        // The variable names keep their underscores as the menu draws them (none is taken as a mnemonic).
        String item = "Shell exports (acmctl: ACM_API_KEY, ACMCTL_URL)";
        waitUntil(() -> drawnInPopups().contains(item));
        robot.clickOn(item);
        String base = com.accountdesk.testing.UiTestSupport.sandbox(app).acmBaseUrl();
        String expected = "export ACMCTL_URL='" + base + "'\nexport ACM_API_KEY='" + seeded + "'\n";
        waitUntil(() -> expected.equals(MyAccountUi.clipboardText(robot)));
        waitUntil(() -> MyAccountUi.clipboardText(robot) == null);
    }
}
