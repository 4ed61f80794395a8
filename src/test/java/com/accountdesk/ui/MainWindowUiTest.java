package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.model.Environment;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.ListPlaceholder;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.util.List;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app started as a user starts it: on its own sandbox, signed in through the connect screen. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class MainWindowUiTest {
    private AppContext app;


    @Test
    void environmentsTableShowsTheSeededEnvironments(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        assertEquals(List.of(DemoAccount.ENVIRONMENT_AWS, DemoAccount.ENVIRONMENT_GCP),
                environmentsTable(robot).getItems().stream().map(Environment::name).toList());
        assertEquals(DemoAccount.NAME, robot.lookup("#userMenu").queryAs(MenuButton.class).getText());
        assertTrue(app.stage().getTitle().startsWith("Account Desk"));
    }

    @Test
    void sandboxBadgeShows(FxRobot robot) {
        waitUntil(() -> showing(robot, "#sandboxHint"));
        assertTrue(labelText(robot, "#sandboxHint").contains(DemoAccount.PASSWORD));
        signIn(robot);
        assertTrue(showing(robot, "#sandboxBadge"));
        assertEquals("SANDBOX", labelText(robot, "#sandboxBadge"));
    }

    @Test
    void wrongPasswordShowsAnErrorAndKeepsTheUserName(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", "wrong-password");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#errorLabel"));
        // A wrong password reads the same as an SSO account's: the sentence covers both.
        assertTrue(labelText(robot, "#errorLabel").startsWith("Wrong user name or password. Check both and try again. "
                + "If your organisation signs in through single sign-on"), labelText(robot, "#errorLabel"));
        assertEquals(DemoAccount.LOGIN, robot.lookup("#loginField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#userMenu").tryQuery().isEmpty(), "still on the connect screen");
    }

    @Test
    void searchFiltersTheTable(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        type(robot, "#searchField", "gcp");
        waitUntil(() -> environmentsTable(robot).getItems().size() == 1);
        assertEquals(DemoAccount.ENVIRONMENT_GCP, environmentsTable(robot).getItems().get(0).name());
        type(robot, "#searchField", "no-such-thing");
        waitUntil(() -> environmentsTable(robot).getItems().isEmpty());
        assertEquals("No environment matches the search.", ((ListPlaceholder) environmentsTable(robot).getPlaceholder()).message());
    }

    @Test
    void signOutReturnsToTheConnectScreen(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#userMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertEquals("", robot.lookup("#passwordField").queryAs(TextField.class).getText());
    }

    /**
     * JavaFX keeps what it learnt matching the stylesheets' selectors per scene root: a new root at
     * each sign-in matched every node of the main window afresh (a quarter of a warm sign-in).
     */
    @Test
    void signingInAndOutKeepsTheWindowsRoot(FxRobot robot) {
        Parent root = app.stage().getScene().getRoot();
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        assertSame(root, app.stage().getScene().getRoot(), "signed in");
        robot.clickOn("#userMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertSame(root, app.stage().getScene().getRoot(), "signed out");
    }
}
