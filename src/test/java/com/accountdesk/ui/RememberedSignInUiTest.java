package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.DemoAccount;
import com.accountdesk.ui.connect.LastSignIn;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.startApp;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The last account (e-mail, how it signed in) and the last environment are remembered; secrets never. */
@ExtendWith(ApplicationExtension.class)
class RememberedSignInUiTest {
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = startApp(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<com.accountdesk.model.Environment> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void signingInAgainStartsFromTheLastAccountAndEnvironment(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn(DemoAccount.ENVIRONMENT_GCP);
        String gcpId = table(robot).getItems().stream().filter(e -> e.name().equals(DemoAccount.ENVIRONMENT_GCP))
                .findFirst().orElseThrow().id();
        assertEquals(gcpId, app.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, ""), "the key the Launch wizard reads");
        assertEquals(DemoAccount.LOGIN, app.settings().get(LastSignIn.LOGIN, ""));
        assertEquals("password", app.settings().get(LastSignIn.METHOD, ""));
        assertNull(app.settings().get(LastSignIn.ENDPOINT, null), "the sandbox's address changes every run: not kept");

        robot.clickOn("#userMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertEquals(DemoAccount.LOGIN, robot.lookup("#loginField").queryAs(TextInputControl.class).getText());
        waitUntil(() -> robot.lookup("#passwordField").query().isFocused());
        robot.write(DemoAccount.PASSWORD).type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent() && table(robot).getItems().size() == 2);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItem() != null);
        assertEquals(DemoAccount.ENVIRONMENT_GCP, table(robot).getSelectionModel().getSelectedItem().name());
    }
}
