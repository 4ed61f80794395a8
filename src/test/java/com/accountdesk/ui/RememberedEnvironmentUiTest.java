package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The environment chosen last is chosen again at the next sign-in (and is the Launch wizard's first choice). */
@Tag("ui")
@ExtendWith(AppExtension.class)
class RememberedEnvironmentUiTest {
    private AppContext app;


    @Test
    void signingInAgainStartsFromTheLastEnvironment(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        robot.clickOn(DemoAccount.ENVIRONMENT_GCP);
        String gcpId = environmentsTable(robot).getItems().stream().filter(e -> e.name().equals(DemoAccount.ENVIRONMENT_GCP))
                .findFirst().orElseThrow().id();
        assertEquals(gcpId, app.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, ""), "the key the Launch wizard reads");

        robot.clickOn("#userMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        signIn(robot);

        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent() && environmentsTable(robot).getItems().size() == 2);
        waitUntil(() -> environmentsTable(robot).getSelectionModel().getSelectedItem() != null);
        assertEquals(DemoAccount.ENVIRONMENT_GCP, environmentsTable(robot).getSelectionModel().getSelectedItem().name());
    }
}
