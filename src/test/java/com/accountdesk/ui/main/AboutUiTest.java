package com.accountdesk.ui.main;

import com.accountdesk.app.AppContext;
import com.accountdesk.app.AppDirs;
import com.accountdesk.app.AppVersion;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user menu's About names the version; Settings names the log folder. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class AboutUiTest {
    private AppContext app;


    @Test
    void aboutShowsTheVersionAndTheLogFolder(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#userMenu").clickOn("About Account Desk…");
        waitUntil(() -> robot.lookup("#" + AboutDialog.ID).tryQuery().isPresent());

        DialogPane about = robot.lookup("#" + AboutDialog.ID).queryAs(DialogPane.class);
        assertEquals("Account Desk " + AppVersion.current(), about.getHeaderText());
        assertTrue(about.getContentText().contains("Log files: " + AppDirs.logDir()), about.getContentText());
        robot.clickOn("Close");
        waitUntil(() -> robot.lookup("#" + AboutDialog.ID).tryQuery().isEmpty());
    }

    @Test
    void settingsNamesTheLogFolder(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Log files");
        waitUntil(() -> robot.lookup("#logFolderField").tryQuery().isPresent());

        TextField folder = robot.lookup("#logFolderField").queryAs(TextField.class);
        assertEquals(AppDirs.logDir().toString(), folder.getText());
        assertFalse(folder.isEditable(), "the log folder field is editable");
    }
}
