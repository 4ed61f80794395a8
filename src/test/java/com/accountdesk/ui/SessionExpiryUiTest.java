package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.connect.SessionRenewal;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.time.Instant;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session that expires mid-work: sign in again in a dialog, and the refused action completes. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class SessionExpiryUiTest {
    private AppContext app;


    /** Ends every session in the sandbox, as time would; adds an environment so a finished refresh shows. */
    private void expireSessionsAndAddAnEnvironment() throws Exception {
        SandboxServer server = sandbox(app);
        server.state().write(d -> {
            d.acm.sessions.forEach(s -> s.expires = Instant.now().getEpochSecond() - 1);
            d.environments.add(new StateData.AcmEnvironment("199", "demo-aws-late", "aws", "late.example",
                    Instant.now().getEpochSecond()));
            return null;
        });
    }

    @Test
    void signingInAgainFinishesTheRefreshAndKeepsTheSearch(FxRobot robot) throws Exception {
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        type(robot, "#searchField", "demo-aws");
        waitUntil(() -> environmentsTable(robot).getItems().size() == 1);
        expireSessionsAndAddAnEnvironment();

        robot.clickOn("#refreshButton");
        waitUntil(() -> showing(robot, "#reauthSecretField"));
        assertEquals(SessionRenewal.EXPIRED, labelText(robot, "#reauthProblem"));

        robot.clickOn("#reauthSecretField").write("not-the-password").type(KeyCode.ENTER);
        waitUntil(() -> "Wrong password. Try again.".equals(robot.lookup("#reauthProblem").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")));
        assertEquals("", robot.lookup("#reauthSecretField").queryAs(PasswordField.class).getText(),
                "the asked-again dialog starts empty");

        robot.clickOn("#reauthSecretField").write(DemoAccount.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        assertTrue(robot.lookup("#reauthSecretField").tryQuery().isEmpty(), "the dialog closed");
        assertEquals("demo-aws", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertEquals(2, app.sandbox().get().state().read(d -> d.acm.sessions.stream()
                .filter(s -> s.expires > Instant.now().getEpochSecond()).count()) + 1L,
                "one new live session (and the expired one); nothing else changed");
        assertTrue(labelText(robot, "#errorLabel").isEmpty());

        // The renewed token is the client's from now on: the next refresh asks nothing.
        robot.type(KeyCode.F5);
        waitUntil(() -> !robot.lookup("#refreshButton").queryAs(javafx.scene.control.Button.class).isDisabled());
        assertTrue(robot.lookup("#reauthSecretField").tryQuery().isEmpty());
    }

    @Test
    void cancellingShowsTheErrorAndKeepsTheSearch(FxRobot robot) throws Exception {
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        type(robot, "#searchField", "gcp");
        expireSessionsAndAddAnEnvironment();
        robot.clickOn("#refreshButton");
        waitUntil(() -> showing(robot, "#reauthSecretField"));
        robot.clickOn("Cancel");
        waitUntil(() -> showing(robot, "#errorLabel"));
        assertTrue(labelText(robot, "#errorLabel").startsWith("Your API key or session is not valid any more"),
                labelText(robot, "#errorLabel"));
        assertEquals("gcp", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertEquals(2, environmentsTable(robot).getItems().size() + 1, "the list shown before is kept (1 match of 2)");
    }
}
