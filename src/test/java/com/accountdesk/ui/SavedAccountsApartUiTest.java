package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.Profile;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Objects;

import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same user saved twice, with the password and with an API key: the user menu, the sign-in
 * list, Settings' list and its Forget question name them apart (how each signs in, the user, where).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class SavedAccountsApartUiTest {
    private static final String PASSWORD_ACCOUNT = DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM password — built-in sandbox";

    AppContext app;

    @Test
    @SuppressWarnings("unchecked")
    void theSameUserWithAPasswordAndWithAKeyReadsAsTwoAccountsEverywhere(FxRobot robot) throws Exception {
        String key = sandbox(app).state().read(d -> d.acm.tokens.get(0).token);
        String keyAccount = DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM API key …" + key.substring(key.length() - 4)
                + " — built-in sandbox";
        signIn(robot);
        robot.clickOn("#userMenu").clickOn("Add Account…");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        assertEquals(List.of(PASSWORD_ACCOUNT, keyAccount), app.accounts().profiles().stream().map(Profile::label).toList());

        // The user menu offers the other one, named as itself.
        List<String> menu = robot.lookup("#userMenu").queryAs(MenuButton.class).getItems().stream()
                .map(MenuItem::getText).filter(Objects::nonNull).toList();
        assertTrue(menu.contains("Switch to " + PASSWORD_ACCOUNT), menu.toString());
        MenuButton userMenu = robot.lookup("#userMenu").queryAs(MenuButton.class);
        assertEquals("Account menu for " + keyAccount, userMenu.getAccessibleText(), "the current one, in full");
        assertTrue(userMenu.getTooltip().getText().startsWith(keyAccount + "\n"), userMenu.getTooltip().getText());

        // The sign-in list shows both, apart.
        robot.clickOn("#userMenu").clickOn("Add Account…");
        waitUntil(() -> robot.lookup("#profileChoice").tryQuery().isPresent());
        ComboBox<Profile> choice = robot.lookup("#profileChoice").queryAs(ComboBox.class);
        robot.clickOn("#profileChoice");
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().size() >= 2);
        List<String> shown = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getText()).filter(Objects::nonNull).toList();
        assertEquals(List.of(PASSWORD_ACCOUNT, keyAccount), shown);
        robot.interact(choice::hide);
    }

    @Test
    @SuppressWarnings("unchecked")
    void settingsAndItsForgetQuestionNameWhichAccount(FxRobot robot) throws Exception {
        String key = sandbox(app).state().read(d -> d.acm.tokens.get(0).token);
        String keyAccount = DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM API key …" + key.substring(key.length() - 4)
                + " — built-in sandbox";
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        robot.clickOn("#userMenu").clickOn("Add Account…");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#passwordChoice");
        signIn(robot);

        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Saved accounts");
        waitUntil(() -> robot.lookup("#savedAccountsList").tryQuery().isPresent());
        ListView<Profile> list = robot.lookup("#savedAccountsList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        List<String> shown = robot.lookup("#savedAccountsList .list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getText()).filter(Objects::nonNull).toList();
        assertEquals(List.of(keyAccount, PASSWORD_ACCOUNT), shown);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#forgetAccountButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.contains(keyAccount), "the Forget question says which account: " + header);
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
    }
}
