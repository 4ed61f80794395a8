package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.ui.common.ListPlaceholder;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.account.MyAccountUi.open;
import static com.accountdesk.ui.account.MyAccountUi.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** My Account → Common Information and Access Rights on the app's sandbox: what a new user sees, the name, the password. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class CommonInfoUiTest {
    private static final String NEW_PASSWORD = "Longer-than-twelve";
    private AppContext app;

    private void openCommonTab(FxRobot robot) {
        open(robot);
        robot.clickOn("Common Information");
        waitUntil(() -> DemoAccount.LOGIN.equals(labelText(robot, "#emailValue")));
    }

    /**
     * Seen by hand with the sandbox dropping connections: the tab's values stood blank and its error
     * said "refresh to check", with no button to read the account again (only F5, said nowhere).
     */
    @Test
    void aFailedReadCanBeTriedAgainFromTheTab(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        com.accountdesk.sandbox.SandboxServer sandbox = com.accountdesk.testing.UiTestSupport.sandbox(app);
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        try {
            robot.clickOn("Common Information");
            waitUntil("the failure shown", () -> !labelText(robot, "#commonErrorLabel").isEmpty());
        } finally {
            sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        }
        waitUntil("Try again offered", () -> showing(robot, "#commonRetryButton"));
        robot.clickOn("#commonRetryButton");
        waitUntil("read again", () -> DemoAccount.LOGIN.equals(labelText(robot, "#emailValue")));
        assertEquals("", labelText(robot, "#commonErrorLabel"));
        assertFalse(showing(robot, "#commonRetryButton"), "nothing to try again");
    }

    @Test
    void showsTheUserAndRenamesThem(FxRobot robot) throws Exception {
        signIn(robot);
        openCommonTab(robot);
        assertEquals("Account admin", labelText(robot, "#roleValue"));
        assertFalse(labelText(robot, "#lastLoginValue").isEmpty());
        assertTrue(robot.lookup("#saveNameButton").queryAs(Button.class).isDisabled(), "nothing to save yet");

        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Dana Demo"));
        robot.clickOn("#saveNameButton");
        waitUntil(() -> "Dana Demo".equals(state(app).read(d -> d.acm.name)));
        waitUntil(() -> labelText(robot, "#commonStatusLabel").contains("Dana Demo"));
    }

    @Test
    void aShortPasswordIsHeldBackAndAGoodOneIsSentOnceAndForgotten(FxRobot robot) throws Exception {
        signIn(robot);
        openCommonTab(robot);
        String before = state(app).read(d -> d.acm.passwordHash);
        robot.clickOn("#newPasswordField").write("too-short");
        assertEquals("Use at least 12 characters (9 so far).", labelText(robot, "#passwordProblemLabel"));
        assertTrue(robot.lookup("#changePasswordButton").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#newPasswordField").queryAs(PasswordField.class).clear());
        robot.clickOn("#newPasswordField").write(NEW_PASSWORD);
        robot.clickOn("#confirmPasswordField").write(NEW_PASSWORD);
        assertFalse(showing(robot, "#passwordProblemLabel"));
        assertEquals(before, state(app).read(d -> d.acm.passwordHash), "nothing sent while typing");
        robot.clickOn("#changePasswordButton");
        waitUntil(() -> showing(robot, ".dialog-pane"));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("new one"));
        robot.type(KeyCode.ENTER);
        assertEquals(Hashes.sha256(NEW_PASSWORD), state(app).read(d -> d.acm.passwordHash));
        assertEquals("", robot.lookup("#newPasswordField").queryAs(PasswordField.class).getText(), "not kept");
        assertEquals("", robot.lookup("#confirmPasswordField").queryAs(PasswordField.class).getText(), "not kept");
    }

    @Test
    void accessRightsTellWhatTheRoleMayDo(FxRobot robot) throws Exception {
        state(app).write(d -> d.acm.roleId = "2");
        signIn(robot);
        open(robot);
        robot.clickOn("Access Rights");
        @SuppressWarnings("unchecked")
        TableView<AccessRightsViewModel.Row> table = robot.lookup("#rightsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 7);
        assertEquals("Role: Cluster operator", labelText(robot, "#roleLabel"));
        AccessRightsViewModel.Row launch = table.getItems().stream().filter(r -> r.name().equals("cluster.launch")).findFirst().orElseThrow();
        assertEquals(new AccessRightsViewModel.Row("Clusters", "Launch clusters", "cluster.launch", false), launch);
        assertTrue(table.getItems().stream().filter(r -> !r.name().equals("cluster.launch") && !r.name().equals("cluster.terminate"))
                .allMatch(AccessRightsViewModel.Row::allowed));
    }

    @Test
    void theRightsTableSaysItIsLoadingRatherThanThatItHasNoContent(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        robot.clickOn("Access Rights");
        @SuppressWarnings("unchecked")
        TableView<AccessRightsViewModel.Row> table = robot.lookup("#rightsTable").queryAs(TableView.class);
        // JavaFX's own "No content in table" stood under "Loading the access rights…" (and under an error).
        assertTrue(table.getPlaceholder() instanceof ListPlaceholder, "the table's own words when it has no rows");
        ListPlaceholder words = (ListPlaceholder) table.getPlaceholder();
        robot.interact(() -> table.getItems().clear());
        assertEquals(words.state() == ListPlaceholder.State.LOADING ? "Loading the access rights…"
                : "The server listed no access rights.", words.message());
    }

    /**
     * Seen by hand with the sandbox dropping connections: the rights table showed a bare icon with no
     * words and no way to read the rights again but F5, said nowhere.
     */
    @Test
    void aFailedReadOfTheRightsSaysSoInTheTableAndCanBeTriedAgain(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        com.accountdesk.sandbox.SandboxServer sandbox = com.accountdesk.testing.UiTestSupport.sandbox(app);
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        TableView<AccessRightsViewModel.Row> table;
        ListPlaceholder words;
        try {
            robot.clickOn("Access Rights");
            waitUntil(() -> robot.lookup("#rightsTable").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            TableView<AccessRightsViewModel.Row> found = robot.lookup("#rightsTable").queryAs(TableView.class);
            table = found;
            words = (ListPlaceholder) table.getPlaceholder();
            waitUntil("the failure shown", () -> !labelText(robot, "#rightsErrorLabel").isEmpty());
        } finally {
            sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        }
        assertEquals("The access rights could not be read.", words.message());
        assertTrue(showing(robot, "#rightsTable #retryButton"), "Try again in the table");
        assertFalse(showing(robot, "#rightsErrorLabel"), "the failure's words once, not twice");
        robot.clickOn("#rightsTable #retryButton");
        waitUntil("read again", () -> !table.getItems().isEmpty());
    }
}
