package com.accountdesk.ui.launch;

import com.accountdesk.app.AppConfig;
import com.accountdesk.testing.AppExtension;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.PASSWORD;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.next;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.openWizard;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enter on a wizard page is Next, whatever has the focus there: the Connection page opens on its
 * Secure (TLS) box and the High availability page on a radio button, where Enter used to untick
 * TLS (Next ×4 by keyboard launched a cluster without it) or do nothing.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class WizardEnterKeyUiTest implements AppExtension.Configured {

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory();
    }

    @Test
    void enterOnATickBoxOrARadioButtonGoesToTheNextPage(FxRobot robot) {
        openWizard(robot);
        next(robot);
        type(robot, "#nameField", "enter-key");
        type(robot, "#adminPassField", PASSWORD);
        type(robot, "#adminPassConfirmField", PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil("the Resources page", () -> showing(robot, "#nodeTypeEditor"));
        robot.interact(() -> robot.lookup("#nodeTypeEditor").query().requestFocus());
        robot.type(KeyCode.ENTER);

        CheckBox secure = robot.lookup("#secureCheck").queryAs(CheckBox.class);
        waitUntil("Secure (TLS) has the focus", secure::isFocused);
        robot.type(KeyCode.ENTER);
        waitUntil("the High availability page", () -> showing(robot, "#zookeeperLaunch"));
        assertTrue(secure.isSelected(), "Enter left Secure (TLS) ticked");

        RadioButton launchKeeper = robot.lookup("#zookeeperLaunch").queryAs(RadioButton.class);
        waitUntil("a ZooKeeper choice has the focus", launchKeeper::isFocused);
        robot.type(KeyCode.ENTER);
        waitUntil("the Review page", () -> showing(robot, "#reviewJson"));
    }
}
