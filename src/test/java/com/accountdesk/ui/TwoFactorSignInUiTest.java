package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connect screen with accounts whose organisations enforce two-factor sign-in or single sign-on. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class TwoFactorSignInUiTest {
    private AppContext app;


    private void password(FxRobot robot, String login) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        type(robot, "#loginField", login);
        type(robot, "#passwordField", DemoAccount.PASSWORD);
        robot.clickOn("#connectButton");
    }

    @Test
    void theCodeIsAskedForAfterThePasswordAndAWrongOneKeepsTheUserName(FxRobot robot) {
        password(robot, DemoAccount.TWO_FACTOR_LOGIN);
        assertTrue(labelText(robot, "#sandboxHint").contains(DemoAccount.TWO_FACTOR_CODE), "the sandbox shows its code");
        waitUntil(() -> showing(robot, "#codeBox") && robot.lookup("#codeField").query().isFocused());
        assertFalse(showing(robot, "#errorLabel"));

        robot.write("111111");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#errorLabel"));
        assertTrue(labelText(robot, "#errorLabel").contains("verification code was not accepted"), labelText(robot, "#errorLabel"));
        assertEquals(DemoAccount.TWO_FACTOR_LOGIN, robot.lookup("#loginField").queryAs(TextInputControl.class).getText());
        assertTrue(showing(robot, "#codeBox"), "still on the code step");

        type(robot, "#codeField", DemoAccount.TWO_FACTOR_CODE);
        robot.type(javafx.scene.input.KeyCode.ENTER); // Connect may be scrolled below the error by now

        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        String saved = app.accounts().profiles().get(0).label();
        assertTrue(saved.contains("(" + DemoAccount.TWO_FACTOR_LOGIN + ") — ACM password + 2FA — built-in sandbox"),
                "saved as signing in with a code too: " + saved);
    }

    @Test
    void changingTheUserStartsOverWithoutACode(FxRobot robot) {
        password(robot, DemoAccount.TWO_FACTOR_LOGIN);
        waitUntil(() -> showing(robot, "#codeBox"));
        type(robot, "#loginField", DemoAccount.LOGIN);
        assertFalse(showing(robot, "#codeBox"));
        type(robot, "#passwordField", DemoAccount.PASSWORD);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        assertTrue(app.accounts().profiles().get(0).label().contains(" — ACM password — "), "no code asked, no 2FA said");
    }

    @Test
    void aSingleSignOnAccountIsToldToUseAnApiKeyAndHowToMakeOne(FxRobot robot) {
        password(robot, DemoAccount.SSO_LOGIN);
        waitUntil(() -> showing(robot, "#errorLabel"));
        String said = labelText(robot, "#errorLabel");
        assertTrue(said.contains("single sign-on") && said.contains("My Account → API Access"), said);
        assertEquals(DemoAccount.SSO_LOGIN, robot.lookup("#loginField").queryAs(TextInputControl.class).getText());
    }
}
