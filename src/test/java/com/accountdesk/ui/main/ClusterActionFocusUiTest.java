package com.accountdesk.ui.main;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import com.accountdesk.testing.SelectedClusterUi;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.time.Duration;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Where the focus goes once a cluster action is under way: the button pressed turns disabled, and
 * JavaFX handed its focus to the next enabled control, Users…, which has nothing to do with it.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ClusterActionFocusUiTest implements AppExtension.Configured {
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(Duration.ofSeconds(1));
    }

    @Test
    void afterStopTheFocusIsOnTheClusterItActedOn(FxRobot robot) throws Exception {
        SelectedClusterUi.signInAndSelect(robot, app, "focus-ui");
        Button stop = robot.lookup("#clusterStopButton").queryAs(Button.class);
        waitUntil("Stop enabled", () -> !stop.isDisabled());
        robot.interact(stop::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);

        waitUntil("Stop disabled", stop::isDisabled);
        Node table = SelectedClusterUi.clustersTable(robot);
        waitUntil("the focus left Stop", () -> Fx.call(() -> stop.getScene().getFocusOwner()) != stop);
        assertSame(table, Fx.call(() -> stop.getScene().getFocusOwner()), "the Clusters table, its cluster selected");
    }
}
