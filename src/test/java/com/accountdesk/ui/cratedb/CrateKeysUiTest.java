package com.accountdesk.ui.cratedb;

import com.accountdesk.app.AppContext;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.accountdesk.testing.UiTestSupport.fillCrate;
import static com.accountdesk.testing.UiTestSupport.atSize;
import static com.accountdesk.testing.UiTestSupport.hoverTooltipText;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CrateDB Cloud API keys view, driven as a user would, against the app's own sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class CrateKeysUiTest {
    private AppContext app;


    @SuppressWarnings("unchecked")
    private static TableView<CrateApiKey> table(FxRobot robot) {
        return robot.lookup("#keysTable").queryAs(TableView.class);
    }

    private List<StateData.CrateKey> serverKeys() throws Exception {
        return sandbox(app).state().read(d -> d.crate.keys.stream().map(k -> {
            StateData.CrateKey copy = new StateData.CrateKey(k.key, k.secretHash, k.created);
            copy.active = k.active;
            copy.lastUsed = k.lastUsed;
            return copy;
        }).toList());
    }

    private static void select(FxRobot robot, String key) {
        robot.interact(() -> {
            TableView<CrateApiKey> t = table(robot);
            t.getItems().stream().filter(k -> k.key().equals(key)).findFirst().ifPresent(k -> t.getSelectionModel().select(k));
        });
    }

    private static String idleKey(FxRobot robot) {
        return table(robot).getItems().stream().map(CrateApiKey::key).filter(k -> !k.equals(DemoAccount.CRATE_KEY))
                .findFirst().orElseThrow();
    }

    /** The texts the table shows in the cells of a style class. */
    private static Set<String> cellTexts(FxRobot robot, String styleClass) {
        return robot.lookup("#keysTable ." + styleClass).queryAll().stream()
                .map(n -> n instanceof TableCell<?, ?> c ? c.getText() : ((TableRow<?>) n).getItem() == null ? null
                        : ((CrateApiKey) ((TableRow<?>) n).getItem()).key())
                .filter(t -> t != null).collect(Collectors.toSet());
    }

    @Test
    void listShowsTheUserAndKeysWithTheAppsOwnKeyMarked(FxRobot robot) {
        signInCrate(robot);
        assertEquals(DemoAccount.NAME, robot.lookup("#userMenu").queryAs(MenuButton.class).getText());
        waitUntil(() -> table(robot).getItems().size() == 2);
        waitUntil(() -> DemoAccount.CRATE_USERNAME.equals(labelText(robot, "#accountUsername")));
        assertEquals(DemoAccount.LOGIN, labelText(robot, "#accountEmail"));
        assertFalse(showing(robot, "#launchButton"), "Launch Cluster is ACM only");
        assertTrue(robot.lookup("#table").tryQuery().isEmpty(), "no Environments table for CrateDB");
        assertEquals(Set.of(DemoAccount.CRATE_KEY), cellTexts(robot, "own-key"));
        assertTrue(robot.lookup(DemoAccount.CRATE_KEY + " (this app)").tryQuery().isPresent());
        assertEquals("2 keys, 1 active; 1 within 14 days of removal", labelText(robot, "#keysSummary"));
    }

    @Test
    void ninetyDayMarksFollowLastUseOrCreation(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        String seededIdle = serverKeys().stream().map(k -> k.key).filter(k -> !k.equals(DemoAccount.CRATE_KEY)).findFirst().orElseThrow();
        long now = Instant.now().getEpochSecond();
        server.state().write(d -> {
            StateData.CrateKey fresh = new StateData.CrateKey("never-used-recent", "x", now - Duration.ofDays(30).getSeconds());
            StateData.CrateKey old = new StateData.CrateKey("never-used-old", "x", now - Duration.ofDays(85).getSeconds());
            StateData.CrateKey usedLately = new StateData.CrateKey("used-lately", "x", now - Duration.ofDays(300).getSeconds());
            usedLately.lastUsed = now - Duration.ofDays(3).getSeconds();
            d.crate.keys.addAll(List.of(fresh, old, usedLately));
            return null;
        });
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 5);
        waitUntil(() -> cellTexts(robot, "removal-soon").size() == 2);
        assertEquals(Set.of("⚠ in 10 days", "⚠ in 5 days"), cellTexts(robot, "removal-soon"));
        assertEquals(Set.of(seededIdle, "never-used-old"), cellTexts(robot, "near-removal"));
        assertTrue(robot.lookup("in 60 days").tryQuery().isPresent(), "never used: counted from creation");
        assertTrue(robot.lookup("in 87 days").tryQuery().isPresent(), "used 3 days ago: counted from last use");
        assertTrue(robot.lookup("in 90 days").tryQuery().isPresent(), "the app's own key was just used");
    }

    @Test
    void createShowsTheSecretOnceCopiesItAndForgetsIt(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#createKeyButton");
        waitUntil(() -> robot.lookup("#newSecretField").tryQuery().isPresent());
        TextField secretField = robot.lookup("#newSecretField").queryAs(TextField.class);
        // Said while the secret is shown; the line fades by itself a few seconds later.
        String key0 = robot.lookup("#newKeyField").queryAs(TextField.class).getText();
        waitUntil(() -> ("Key " + key0 + " created.").equals(labelText(robot, "#keysStatus")));
        String secret = secretField.getText();
        String key = robot.lookup("#newKeyField").queryAs(TextField.class).getText();
        assertTrue(secret.length() >= 32);
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertTrue(table(robot).getItems().stream().anyMatch(k -> k.key().equals(key)));
        StateData.CrateKey stored = serverKeys().stream().filter(k -> k.key.equals(key)).findFirst().orElseThrow();
        assertFalse(stored.secretHash.contains(secret), "the sandbox keeps a hash only");

        robot.clickOn("#copySecretButton");
        waitUntil(() -> secret.equals(Clipboard.getSystemClipboard().getString()));
        assertTrue(labelText(robot, "#copiedLabel").contains("cleared in 30 seconds"));
        assertTrue(app.clipboard().holdsSecret());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#newSecretField").tryQuery().isEmpty());
        assertEquals("", secretField.getText(), "closing forgets the secret");
        // Nothing on screen holds it any more.
        assertTrue(robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && secret.equals(l.getText())).tryQuery().isEmpty());
    }

    /**
     * Seen by hand (800×600, 1440×900): after Copy as → shell exports, the sentence saying so and the
     * note below it each showed one line ending in "…" ("The …", "Closing this …").
     */
    @Test
    void whatACopySaysAndTheNoteBelowItShowWhole(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#createKeyButton");
        waitUntil(() -> robot.lookup("#copySecretButton").tryQuery().isPresent());
        Node root = robot.lookup("#copySecretButton").query().getScene().getRoot();
        robot.clickOn("#copySecretButton");
        waitUntil(() -> labelText(robot, "#copiedLabel").contains("cleared in 30 seconds"));
        try {
            waitUntil(() -> com.accountdesk.testing.Fx.call(() -> com.accountdesk.testing.Clipping.clipped((javafx.scene.Parent) root)).isEmpty());
        } catch (AssertionError cut) {
            assertEquals(List.of(), com.accountdesk.testing.Fx.call(() -> com.accountdesk.testing.Clipping.clipped((javafx.scene.Parent) root)));
        }
        robot.clickOn("#newKeyDoneButton");
        waitUntil(() -> robot.lookup("#newSecretField").tryQuery().isEmpty());
    }

    /** Seen by hand: after Copy as → shell exports, Escape (twice) left the dialog open, the focus on "Copy as". */
    @Test
    void escapeClosesTheNewKeyDialogAfterACopyAs(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#createKeyButton");
        waitUntil(() -> robot.lookup("#copyAsButton").tryQuery().isPresent());
        robot.clickOn("#copyAsButton");
        robot.clickOn("#copyShellItem");
        waitUntil(() -> labelText(robot, "#copiedLabel").contains("cleared in 30 seconds"));
        waitUntil(() -> robot.lookup("#copyAsButton").queryAs(MenuButton.class).isFocused());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the dialog closed by Escape", () -> robot.lookup("#newSecretField").tryQuery().isEmpty());
    }

    /** Seen by hand at 800×600: "… as shell exports. The clipboard is cleared in 30 …" under the keys. */
    @Test
    void whatACopyAsSaysUnderTheKeysShowsWholeInAnEightHundredWideWindow(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        atSize(robot, app.stage(), 800, 600, () -> {
            robot.clickOn("#createKeyButton");
            waitUntil(() -> robot.lookup("#copyAsButton").tryQuery().isPresent());
            robot.clickOn("#copyAsButton");
            robot.clickOn("#copyShellItem");
            robot.clickOn("#newKeyDoneButton");
            waitUntil(() -> labelText(robot, "#keysStatus").contains("as shell exports"));
            Node status = robot.lookup("#keysStatus").query();
            assertEquals(List.of(), com.accountdesk.testing.Fx.call(() -> com.accountdesk.testing.Clipping.clipped(status.getScene().getRoot())));
        });
    }

    /** Seen by hand at 800×600: "demo-crate-key (th…": which key the app signs in with, cut, with no tooltip. */
    @Test
    void theAppsOwnKeyCutSaysItselfWholeInATooltip(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        atSize(robot, app.stage(), 800, 600, () -> {
            String own = DemoAccount.CRATE_KEY + " (this app)";
            TableCell<?, ?> cell = robot.lookup("#keysTable .table-cell").match((TableCell<?, ?> c) -> own.equals(c.getText()))
                    .queryAs(TableCell.class);
            waitUntil("the key cut", () -> com.accountdesk.testing.Fx.call(() -> com.accountdesk.testing.Clipping.cutCells(table(robot), "keyColumn"))
                    .stream().anyMatch(cut -> cut.startsWith("\"" + own)));
            assertEquals(own, hoverTooltipText(robot, cell));
        });
    }

    @Test
    void aNewKeyTakesItsPlaceInTheOrderTheTableIsSortedIn(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> {
            TableView<CrateApiKey> t = table(robot);
            TableColumn<CrateApiKey, ?> status = t.getColumns().stream().filter(c -> "activeColumn".equals(c.getId())).findFirst().orElseThrow();
            status.setSortType(TableColumn.SortType.ASCENDING); // as a click on its header: active keys first
            t.getSortOrder().setAll(List.of(status));
        });
        assertFalse(table(robot).getItems().get(1).active(), "the demo account's idle key is inactive, so below the active one");
        robot.clickOn("#createKeyButton");
        waitUntil(() -> robot.lookup("#newKeyDoneButton").tryQuery().isPresent());
        String key = robot.lookup("#newKeyField").queryAs(TextField.class).getText();
        robot.clickOn("#newKeyDoneButton");
        waitUntil(() -> table(robot).getItems().size() == 3);

        // The server lists the new (active) key last; under "active first" it belongs above the inactive one.
        List<CrateApiKey> shown = List.copyOf(table(robot).getItems());
        assertEquals(shown.stream().sorted(table(robot).getComparator()).toList(), shown);
        assertFalse(shown.get(2).key().equals(key), shown.toString());
    }

    @Test
    void deactivateAndActivateAKeyAfterConfirming(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#createKeyButton");
        waitUntil(() -> robot.lookup("#newKeyDoneButton").tryQuery().isPresent());
        String key = robot.lookup("#newKeyField").queryAs(TextField.class).getText();
        robot.clickOn("#newKeyDoneButton");
        waitUntil(() -> table(robot).getItems().size() == 3);
        select(robot, key);

        robot.clickOn("#activeButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        assertTrue(serverKeys().stream().filter(k -> k.key.equals(key)).findFirst().orElseThrow().active, "cancel keeps it");

        robot.clickOn("#activeButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> ("Key " + key + " deactivated.").equals(labelText(robot, "#keysStatus")));
        assertFalse(serverKeys().stream().filter(k -> k.key.equals(key)).findFirst().orElseThrow().active);
        assertTrue(robot.lookup("Inactive").queryAll().size() >= 2);
        assertEquals("Ac_tivate", robot.lookup("#activeButton").queryAs(Button.class).getText());

        robot.clickOn("#activeButton"); // activating asks nothing
        waitUntil(() -> serverKeys().stream().filter(k -> k.key.equals(key)).findFirst().orElseThrow().active);
    }

    @Test
    void deleteAfterConfirming(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        String idle = idleKey(robot);
        select(robot, idle);
        robot.clickOn("#deleteKeyButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        assertTrue(robot.lookup("Delete the key " + idle + "?").tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(List.of(DemoAccount.CRATE_KEY), serverKeys().stream().map(k -> k.key).toList());
        assertEquals(List.of(DemoAccount.CRATE_KEY), table(robot).getItems().stream().map(CrateApiKey::key).toList());
    }

    @Test
    void deletingTheAppsOwnKeyWarnsAndSignsOut(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        select(robot, DemoAccount.CRATE_KEY);
        robot.clickOn("#deleteKeyButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        assertTrue(robot.lookup("Delete the key Account Desk is using?").tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        assertEquals(2, serverKeys().size(), "cancel keeps it");

        robot.clickOn("#deleteKeyButton");
        waitUntil(() -> robot.lookup("Delete the key Account Desk is using?").tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertTrue(serverKeys().stream().noneMatch(k -> k.key.equals(DemoAccount.CRATE_KEY)), "deleted on the server");
    }

    @Test
    void deactivatingTheAppsOwnKeyWarnsAndSignsOut(FxRobot robot) throws Exception {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        select(robot, DemoAccount.CRATE_KEY);
        robot.clickOn("#activeButton");
        waitUntil(() -> robot.lookup("Deactivate the key Account Desk is using?").tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertFalse(serverKeys().stream().filter(k -> k.key.equals(DemoAccount.CRATE_KEY)).findFirst().orElseThrow().active);
    }

    @Test
    void myAccountHasAnApiKeysTabOnTheSameKeys(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#crateKeysTab").tryQuery().isPresent() || robot.lookup("#myAccountTabs").tryQuery().isPresent());
        javafx.scene.control.TabPane tabs = robot.lookup("#myAccountTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals(List.of("API Keys"), tabs.getTabs().stream().map(javafx.scene.control.Tab::getText).toList());
        @SuppressWarnings("unchecked")
        TableView<CrateApiKey> inWindow = (TableView<CrateApiKey>) robot.from(tabs).lookup("#keysTable").query();
        waitUntil(() -> inWindow.getItems().size() == 2);
        robot.interact(() -> ((javafx.stage.Stage) tabs.getScene().getWindow()).close());
    }

    @Test
    void wrongSecretShowsWhyAndKeepsTheKey(FxRobot robot) {
        fillCrate(robot, DemoAccount.CRATE_KEY, "not-the-secret");
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#errorLabel"));
        assertTrue(labelText(robot, "#errorLabel").startsWith("The API key and secret were not accepted"));
        assertEquals(DemoAccount.CRATE_KEY, robot.lookup("#crateKeyField").queryAs(TextField.class).getText());
        assertTrue(labelText(robot, "#sandboxHint").contains(DemoAccount.CRATE_SECRET));
    }
}
