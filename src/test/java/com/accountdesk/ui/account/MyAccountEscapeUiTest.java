package com.accountdesk.ui.account;

import com.accountdesk.app.AppConfig;
import com.accountdesk.testing.AppExtension;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;

/**
 * Escape closes My Account whatever has the focus. Its Escape was a bare accelerator, which a
 * closed menu button ("Copy as ▾", where the focus is after choosing a format) keeps to itself.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class MyAccountEscapeUiTest implements AppExtension.Configured {

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory();
    }

    @Test
    void escapeOnCopyAsClosesTheWindow(FxRobot robot) {
        signIn(robot);
        MyAccountUi.open(robot);
        MyAccountUi.select(robot, MyAccountUi.table(robot).getItems().get(0));
        MenuButton copyAs = robot.lookup("#copyAsButton").queryAs(MenuButton.class);
        waitUntil("Copy as enabled", () -> !copyAs.isDisabled());
        robot.interact(copyAs::requestFocus);
        robot.type(KeyCode.ESCAPE);
        waitUntil("My Account closed by Escape", () -> robot.lookup("#keyTable").tryQuery().isEmpty());
    }
}
