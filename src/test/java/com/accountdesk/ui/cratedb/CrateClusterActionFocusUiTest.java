package com.accountdesk.ui.cratedb;

import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * After Suspend… the focus is on the cluster's row: Suspend turns off while the cluster is busy,
 * and JavaFX handed its focus to the next enabled control, "Copy ▾".
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class CrateClusterActionFocusUiTest {

    @Test
    void afterSuspendTheFocusIsOnTheClusterItActedOn(FxRobot robot) {
        signInCrate(robot);
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Clusters".equals(l.getText())).queryAs(Label.class));
        TableView<?> table = robot.lookup("#clustersTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        Button suspend = robot.lookup("#suspendButton").queryAs(Button.class);
        waitUntil("Suspend enabled", () -> !suspend.isDisabled());
        robot.interact(suspend::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);

        waitUntil("Suspend off while the cluster is busy", suspend::isDisabled);
        waitUntil("the focus left Suspend", () -> Fx.call(() -> suspend.getScene().getFocusOwner()) != suspend);
        assertSame(table, Fx.call(() -> suspend.getScene().getFocusOwner()), "the Clusters table, its cluster selected");
    }
}
