package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.account.MyAccountUi.clipboardText;
import static com.accountdesk.ui.account.MyAccountUi.open;
import static com.accountdesk.ui.account.MyAccountUi.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** My Account → Anywhere API Access: create after a confirmation, the token shown once, then forgotten. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class AnywhereUiTest {
    private AppContext app;


    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    private String serverHash() throws Exception {
        return state(app).read(d -> d.acm.anywhereTokenHash);
    }

    private void openAnywhereTab(FxRobot robot) {
        open(robot);
        robot.clickOn("Anywhere API Access");
        waitUntil(() -> showing(robot, "#createTokenButton"));
    }

    private String shownToken(FxRobot robot) {
        return robot.lookup("#tokenField").queryAs(TextField.class).getText();
    }

    private void createConfirmed(FxRobot robot) {
        robot.clickOn("#createTokenButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#tokenBox") && !shownToken(robot).isEmpty());
    }

    @Test
    void createAsksFirstThenShowsTheTokenOnceWithTerraformAndExport(FxRobot robot) throws Exception {
        signIn(robot);
        openAnywhereTab(robot);
        assertFalse(showing(robot, "#tokenBox"), "no token is shown: it cannot be read back");

        robot.clickOn("#createTokenButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("stop working"));
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        assertNull(serverHash(), "cancel creates nothing");
        assertFalse(showing(robot, "#tokenBox"));

        createConfirmed(robot);
        String token = shownToken(robot);
        assertEquals(sha256(token), serverHash(), "the shown token is the one the server now accepts");
        assertFalse(robot.lookup("#tokenField").queryAs(TextField.class).isEditable());
        String terraform = robot.lookup("#terraformArea").queryAs(TextArea.class).getText();
        assertTrue(terraform.contains("provider \"altinitycloud\" {\n  api_token = \"" + token + "\"\n}"), terraform);
        assertTrue(terraform.contains("required_providers") && terraform.contains("source = \"altinity/altinitycloud\""), terraform);
        assertEquals("export ALTINITYCLOUD_API_TOKEN='" + token + "'", robot.lookup("#exportField").queryAs(TextField.class).getText());

        robot.clickOn("#copyTokenButton");
        waitUntil(() -> token.equals(clipboardText(robot)));
        robot.clickOn("#copyExportButton");
        waitUntil(() -> ("export ALTINITYCLOUD_API_TOKEN='" + token + "'").equals(clipboardText(robot)));
        assertTrue(app.clipboard().holdsSecret(), "the export line holds the token: it is cleared like a key");

        // Leaving the tab forgets it for good.
        robot.clickOn("API Access");
        robot.clickOn("Anywhere API Access");
        waitUntil(() -> showing(robot, "#createTokenButton"));
        assertFalse(showing(robot, "#tokenBox"));
        assertEquals("", shownToken(robot));

        // A second token: the confirmation says one was made; the first stops working on the server.
        robot.clickOn("#createTokenButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("already created in this session"));
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> !shownToken(robot).isEmpty());
        String second = shownToken(robot);
        assertFalse(second.equals(token));
        assertEquals(sha256(second), serverHash());
    }

    @Test
    void closingTheWindowForgetsTheToken(FxRobot robot) throws Exception {
        signIn(robot);
        openAnywhereTab(robot);
        createConfirmed(robot);
        // "My Account…" again while it is open brings the same window forward: one at a time.
        robot.interact(() -> robot.lookup("#userMenu").queryAs(javafx.scene.control.MenuButton.class).getItems().get(0).fire());
        assertEquals(1, robot.lookup("#myAccountTabs").queryAll().size(), "one My Account window at a time");
        assertFalse(shownToken(robot).isEmpty(), "still the same window, token still shown");
        robot.clickOn("#tokenField");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#myAccountTabs").tryQuery().isEmpty());
        open(robot);
        robot.clickOn("Anywhere API Access");
        waitUntil(() -> showing(robot, "#createTokenButton"));
        assertFalse(showing(robot, "#tokenBox"));
        assertEquals("", shownToken(robot));
        assertEquals("anywhereTab", robot.lookup("#myAccountTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }
}
