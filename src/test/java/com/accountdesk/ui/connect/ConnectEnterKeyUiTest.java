package com.accountdesk.ui.connect;

import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.AppExtension;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.fillCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enter on the sign-in screen is Connect, also on "Remember the secret on this computer", the
 * last stop before Connect: Enter there unticked it, so the secret was not kept, and nobody
 * signed in.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ConnectEnterKeyUiTest {

    @Test
    void enterOnRememberConnectsAndKeepsTheTick(FxRobot robot) {
        fillCrate(robot, DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET);
        CheckBox remember = robot.lookup("#rememberCheck").queryAs(CheckBox.class);
        boolean ticked = remember.isSelected();
        robot.interact(remember::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil("signed in", () -> robot.lookup("#userMenu").tryQuery().isPresent());
        assertTrue(remember.isSelected() == ticked, "Enter left the tick as it was");
    }
}
