package com.accountdesk.ui.account;

import com.accountdesk.app.AppConfig;
import com.accountdesk.testing.AppExtension;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;

/**
 * Alt+A presses My Account's "Add key…", as its underlined letter says. It did nothing: JavaFX tries
 * only the first entry of the window's mnemonics that matches the key ("A" and "a" are two) and
 * gives up when that entry holds no shown control (one gone, or hidden like the other tabs').
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class MyAccountMnemonicsUiTest implements AppExtension.Configured {

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory();
    }

    @Test
    void altAOpensAddKey(FxRobot robot) {
        signIn(robot);
        MyAccountUi.open(robot);
        robot.interact(() -> MyAccountUi.table(robot).requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        waitUntil("the Add key dialog", () -> robot.lookup("#expiryPreset").tryQuery().isPresent());
    }
}
