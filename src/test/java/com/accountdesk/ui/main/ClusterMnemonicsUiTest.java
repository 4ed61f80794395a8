package com.accountdesk.ui.main;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.SelectedClusterUi;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.waitUntil;

/**
 * Alt+E opens the selected cluster's Users…, as its underlined letter says. The sign-in screen's
 * "_Endpoint URL" left an empty Alt+E entry in the window's mnemonics when it went, and JavaFX
 * stops at the first matching entry: Alt+E did nothing after signing in.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ClusterMnemonicsUiTest implements AppExtension.Configured {
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory();
    }

    @Test
    void altEOpensUsersAfterSigningIn(FxRobot robot) throws Exception {
        SelectedClusterUi.signInAndSelect(robot, app, "mnemonic-ui");
        Button users = robot.lookup("#clusterUsersButton").queryAs(Button.class);
        waitUntil("Users… enabled", () -> !users.isDisabled());
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil("the Users window", () -> robot.lookup("#usersList").tryQuery().isPresent());
    }
}
