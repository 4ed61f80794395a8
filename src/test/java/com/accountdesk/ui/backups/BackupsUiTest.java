package com.accountdesk.ui.backups;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Wait;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.ListPlaceholder;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.time.Duration;

import static com.accountdesk.testing.SelectedClusterUi.press;
import static com.accountdesk.testing.SelectedClusterUi.signInAndSelect;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clusters pane → Backups…: Back up now, asked first, and the backup listed; Restore… from it,
 * enabled only once the cluster's name is typed, sent once and followed to its end; on the app's sandbox.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class BackupsUiTest implements AppExtension.Configured {
    /** Each backup and restore on the sandbox: long enough for the window's first look at a restore (after a second) to see it. */
    private static final Duration DELAY = Duration.ofSeconds(4);
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(DELAY);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ClusterBackup> backupsList(FxRobot robot) {
        return robot.lookup("#backupsList").queryAs(ListView.class);
    }

    private static boolean enabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent() && !robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private SandboxServer openBackups(FxRobot robot, String clusterName) throws Exception {
        SandboxServer sandbox = signInAndSelect(robot, app, clusterName);
        press(robot, "#clusterBackupsButton");
        waitUntil(() -> robot.lookup("#backupsList").tryQuery().isPresent() && enabled(robot, "#backUpNowButton"));
        return sandbox;
    }

    private static void backUpNow(FxRobot robot) {
        robot.clickOn("#backUpNowButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> backupsList(robot).getItems().size() == 1);
    }

    @Test
    void backUpNowAndSeeItListed(FxRobot robot) throws Exception {
        SandboxServer sandbox = openBackups(robot, "with-backups");
        assertEquals(0, backupsList(robot).getItems().size());
        backUpNow(robot);
        assertEquals(1, (int) sandbox.state().read(d -> d.clusters.get(0).backups.size()), "sent once");
    }

    @Test
    void anEmptyListSaysWhyInsteadOfABlankBox(FxRobot robot) throws Exception {
        openBackups(robot, "no-backups-yet");
        waitUntil("the list read", () -> enabled(robot, "#refreshBackupsButton"));
        assertEquals(0, backupsList(robot).getItems().size());
        // A blank white box was all a user saw: no word of whether it was loading, failed or empty.
        assertTrue(backupsList(robot).getPlaceholder() instanceof ListPlaceholder, "the empty list has words");
        ListPlaceholder words = (ListPlaceholder) backupsList(robot).getPlaceholder();
        assertEquals(ListPlaceholder.State.EMPTY, words.state());
        assertEquals("No backups of no-backups-yet yet. Start one with \"Back up now…\" (Alt+B).", words.message());
        assertTrue(words.isVisible() && words.getScene() != null, "shown in the list");
    }

    @Test
    void escapeClosesTheWindowWithTheListFocused(FxRobot robot) throws Exception {
        openBackups(robot, "escape-from-list");
        robot.clickOn("#backupsList");
        waitUntil("the list focused", () -> backupsList(robot).isFocused());
        // The list kept Escape to itself: the window stayed open until the focus was moved off the list.
        robot.type(KeyCode.ESCAPE);
        waitUntil("the window closed", () -> robot.lookup("#backupsList").tryQuery().isEmpty());
    }

    @Test
    void restoreOnlyOnceTheNameIsTyped(FxRobot robot) throws Exception {
        SandboxServer sandbox = openBackups(robot, "to-restore");
        backUpNow(robot);
        // The backup finishes after the sandbox's delay; then Refresh reads the list again.
        long started = sandbox.state().read(d -> d.clusters.get(0).backups.get(0).startedMillis);
        Wait.until("the backup finished", Duration.ofSeconds(20), () -> System.currentTimeMillis() - started > DELAY.toMillis());
        waitUntil(() -> enabled(robot, "#refreshBackupsButton"));
        robot.clickOn("#refreshBackupsButton");
        waitUntil("the finished backup listed", () -> backupsList(robot).getItems().get(0).restorable());
        waitUntil("the last read in, so the selection stays", () -> enabled(robot, "#refreshBackupsButton"));
        robot.interact(() -> backupsList(robot).getSelectionModel().select(0));
        waitUntil(() -> enabled(robot, "#restoreButton"));
        robot.clickOn("#restoreButton");
        waitUntil(() -> robot.lookup("#" + RestoreDialog.NAME_ID).tryQuery().isPresent());
        assertTrue(labelText(robot, "#restoreOverwrites").startsWith("All of to-restore's current data will be overwritten"),
                labelText(robot, "#restoreOverwrites"));
        assertTrue(labelText(robot, "#restoreUnconfirmed").startsWith("Unconfirmed"));
        Button restore = robot.lookup("#" + Dialogs.CONFIRM_OK_ID).queryAs(Button.class);
        assertTrue(restore.isDisabled(), "nothing typed");
        robot.clickOn("#" + RestoreDialog.NAME_ID).write("to-restor");
        assertTrue(restore.isDisabled(), "not the name yet");
        robot.type(KeyCode.ENTER);
        assertEquals(0, (int) sandbox.state().read(d -> d.clusters.get(0).restores), "Enter restores nothing");
        robot.write("e");
        waitUntil(() -> !restore.isDisabled());
        robot.clickOn(restore);
        waitUntil("the restore sent", () -> sandbox.state().read(d -> d.clusters.get(0).restores) == 1);
        waitUntil("the restore followed to its end", () -> labelText(robot, "#backupsStatusLabel").equals(
                "to-restore was restored: its operation is done."));
        assertEquals(1, (int) sandbox.state().read(d -> d.clusters.get(0).restores), "sent once");
        assertEquals("", robot.lookup("#backupsErrorLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#" + RestoreDialog.NAME_ID).tryQuery().isEmpty(), "the question closed");
    }
}
