package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.testing.SelectedClusterUi;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.FitCheck;
import com.accountdesk.testing.Clipping;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.ThemeMode;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every window fits its screen and every control in it can be reached, with no text cut, in either
 * theme: sign-in, main window (with a cluster's details, Rescale and Upgrade, Users… with Change… and
 * Backups… with Restore…), My Account (with the
 * sentence after adding a key), the expiry dialog, the rotation window at each step, Settings, every
 * wizard page, a CrateDB account's page and its rotation, and Replace… of an expiring own key. The
 * build runs it on the default headless screen and again on an 800×600 one (surefire's small-screen run).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class FitsTheScreenUiTest {
    private AppContext app;

    private final FitCheck fit = new FitCheck();

    private void assertWhole(String where, Node root) {
        fit.check(where, root.getScene().getWindow());
    }

    @AfterEach
    void nothingWasCutOrOutOfReach() {
        assertEquals("", fit.report(), "at a screen of " + Fx.call(() -> Screen.getPrimary().getVisualBounds()));
    }

    private static Stage window(String titleStart) {
        return Fx.call(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().startsWith(titleStart))
                .map(Stage.class::cast).findFirst().orElseThrow());
    }

    private static void set(FxRobot robot, String id, String text) {
        waitUntil("the field " + id + " on the page", () -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void next(FxRobot robot) {
        Node page = robot.lookup(".wizard-page").query();
        robot.interact(() -> ((ButtonBase) robot.lookup("#wizardNext").query()).fire());
        waitUntil(() -> robot.lookup(".wizard-page").query() != page);
    }

    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void nothingIsCutAtTheDefaultSizes(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        waitUntil(() -> showing(robot, "#sandboxHint"));
        assertWhole("sign-in", app.stage().getScene().getRoot());

        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        assertWhole("main window", app.stage().getScene().getRoot());
        assertEquals(List.of(), Fx.call(() -> Clipping.cutCells(environmentsTable(robot), "createdColumn")), "environments' creation, " + mode);
        // An environment with no cluster: the clusters' list says how to launch one, whole.
        robot.interact(() -> environmentsTable(robot).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#clustersTable #placeholderTitle").tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("No clusters")).orElse(false));
        assertWhole("main window, an environment with no cluster", app.stage().getScene().getRoot());
        robot.interact(() -> environmentsTable(robot).getSelectionModel().clearSelection());

        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        assertWhole("expiry dialog", robot.lookup("#expiryOkButton").query());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#keysStatusLabel") && labelText(robot, "#keysStatusLabel").startsWith("Added a new key"));
        Stage myAccount = window("My Account");
        assertWhole("My Account after adding a key", myAccount.getScene().getRoot());
        // The two tabs of what the account is and may do, each as it shows when read.
        TabPane myAccountTabs = robot.lookup("#myAccountTabs").queryAs(TabPane.class);
        robot.interact(() -> myAccountTabs.getSelectionModel().select(2));
        waitUntil(() -> showing(robot, "#emailValue") && !labelText(robot, "#emailValue").isEmpty());
        assertWhole("My Account, Common Information", myAccount.getScene().getRoot());
        robot.interact(() -> myAccountTabs.getSelectionModel().select(3));
        waitUntil(() -> !robot.lookup("#rightsTable").queryAs(TableView.class).getItems().isEmpty());
        assertWhole("My Account, Access Rights", myAccount.getScene().getRoot());
        robot.interact(() -> myAccountTabs.getSelectionModel().select(0));

        // The rotation window, opened from the key table: as it opens, and with the new key, its copy and status shown.
        robot.interact(() -> robot.lookup("#keyTable").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#rotateButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#rotateButton");
        waitUntil(() -> showing(robot, "#rotationNext"));
        Stage rotation = window("Rotate API key");
        assertWhole("rotation window", rotation.getScene().getRoot());
        robot.clickOn("#rotationNext");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        assertWhole("rotation, create question", robot.lookup("#" + Dialogs.CONFIRM_OK_ID).query());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#rotationStatus") && !robot.lookup("#rotationNewKey").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#copySecretButton");
        waitUntil(() -> showing(robot, "#rotationCopied"));
        assertWhole("rotation, new key made and copied", rotation.getScene().getRoot());
        robot.interact(rotation::close);
        robot.interact(myAccount::close);

        robot.clickOn("#userMenu").clickOn("Settings…");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "Settings".equals(s.getTitle())));
        Stage settings = window("Settings");
        assertWhole("Settings", settings.getScene().getRoot());
        // Every section, as a person goes through them top to bottom.
        List<String> sections = Fx.call(() -> List.copyOf(robot.lookup(".settings-sections").queryListView().getItems()))
                .stream().map(String::valueOf).toList();
        assertEquals(8, sections.size(), "the sandbox's Settings has eight sections: " + sections);
        for (String section : sections) {
            settingsSection(robot, section);
            assertWhole("Settings, " + section, settings.getScene().getRoot());
        }
        robot.interact(settings::close);

        robot.clickOn("#launchButton");
        waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent()
                && robot.lookup("#environmentChoice").queryAs(ComboBox.class).getValue() != null);
        Node wizard = window("Launch Cluster").getScene().getRoot();
        assertWhole("wizard, environment", wizard);
        next(robot);
        assertWhole("wizard, cluster, nothing typed", wizard);
        set(robot, "#nameField", "9lives"); // a problem beside the field must not squeeze the field's name
        set(robot, "#adminPassField", "short");
        assertWhole("wizard, cluster, with problems shown", wizard);
        set(robot, "#nameField", "clip-test");
        set(robot, "#adminPassField", "Clip-Test-Password-1");
        set(robot, "#adminPassConfirmField", "Clip-Test-Password-1");
        next(robot);
        set(robot, "#nodeTypeEditor", "n2d-standard-2");
        assertWhole("wizard, resources", wizard);
        next(robot);
        assertWhole("wizard, connection", wizard);
        next(robot);
        assertWhole("wizard, high availability", wizard);
        next(robot);
        waitUntil(() -> robot.lookup("#reviewJson").tryQuery().isPresent());
        assertWhole("wizard, review", wizard);
    }

    /** The CrateDB rotation window has more to show (a secret row, four steps): from the account's key table. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theCrateRotationWindowIsWhole(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        signInCrate(robot);
        TableView<?> keys = robot.lookup("#keysTable").queryAs(TableView.class);
        waitUntil(() -> !keys.getItems().isEmpty());
        robot.interact(() -> keys.getSelectionModel().select(0));
        robot.clickOn("#rotateKeyButton");
        waitUntil(() -> showing(robot, "#rotationNext"));
        Stage rotation = window("Rotate API key");
        assertWhole("CrateDB rotation window", rotation.getScene().getRoot());
        robot.clickOn("#rotationNext");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#rotationSecret"));
        robot.clickOn("#copySecretButton");
        waitUntil(() -> showing(robot, "#rotationCopied"));
        assertWhole("CrateDB rotation, new key made and copied", rotation.getScene().getRoot());
        robot.interact(rotation::close);
    }

    /** A CrateDB account's Clusters tab with a cluster chosen, and Expand Storage…, Scale… and Upgrade… over it. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theCrateClustersAndExpandStorageFit(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        signInCrate(robot);
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.control.Label l) -> "Clusters".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        TableView<?> clusters = robot.lookup("#clustersTable").queryAs(TableView.class);
        waitUntil(() -> clusters.getItems().size() == 4);
        robot.interact(() -> clusters.getSelectionModel().select(0));
        assertWhole("CrateDB Clusters tab", app.stage().getScene().getRoot());
        robot.clickOn("#expandButton"); // not fired in interact(): the dialog waits in its own loop
        waitUntil(() -> showing(robot, "#expandSendButton") && labelText(robot, "#expandPriceNow").endsWith("a month"));
        assertWhole("Expand Storage dialog", robot.lookup("#expandSendButton").query());
        robot.clickOn("#expandCloseButton");
        waitUntil(() -> !showing(robot, "#expandSendButton"));
        robot.clickOn("#scaleButton");
        waitUntil(() -> showing(robot, "#scaleSendButton") && labelText(robot, "#scalePriceNow").endsWith("a month"));
        assertWhole("Scale dialog", robot.lookup("#scaleSendButton").query());
        robot.clickOn("#scaleCloseButton");
        waitUntil(() -> !showing(robot, "#scaleSendButton"));
        robot.clickOn("#upgradeButton");
        waitUntil(() -> showing(robot, "#upgradeSendButton") && !robot.lookup("#upgradeSendButton").queryButton().isDisabled());
        assertWhole("Upgrade dialog", robot.lookup("#upgradeSendButton").query());
        robot.clickOn("#upgradeCloseButton");
        waitUntil(() -> !showing(robot, "#upgradeSendButton"));
    }

    /** A CrateDB cluster's Charts… window, with its three charts drawn and with the words of a chart that has no data. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theCrateChartsWindowFits(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        signInCrate(robot);
        robot.clickOn(robot.lookup(".tab-label").match((javafx.scene.control.Label l) -> "Clusters".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        TableView<?> clusters = robot.lookup("#clustersTable").queryAs(TableView.class);
        waitUntil(() -> clusters.getItems().size() == 4);
        for (int row : new int[] {0, 3}) { // orders-prod, then archive-2023 (suspended: "no data")
            robot.interact(() -> clusters.getSelectionModel().select(row));
            robot.clickOn("#chartsButton");
            waitUntil("the charts drawn or their words shown", () -> robot.lookup("#memoryChart").tryQuery().isPresent()
                    && (showing(robot, "#memoryStatus") ? !labelText(robot, "#memoryStatus").startsWith("Loading")
                    : !((javafx.scene.chart.XYChart<?, ?>) robot.lookup("#memoryChart").query()).getData().isEmpty()));
            Stage charts = window("Charts of");
            fit.check("Charts window, cluster " + row, charts);
            robot.interact(charts::close);
        }
    }

    /** A running cluster selected: its actions and connection details, then Rescale… and Upgrade… over it. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theClusterDetailsAndTheirDialogsFit(ThemeMode mode, FxRobot robot) throws Exception {
        robot.interact(() -> app.theme().setMode(mode));
        SandboxServer sandbox = SelectedClusterUi.signInAndSelect(robot, app, "fit-check");
        // A user to change and a finished backup to restore from, as another client of the account made them.
        sandbox.state().write(d -> {
            StateData.AcmCluster c = d.clusters.get(0);
            StateData.DbUser user = new StateData.DbUser();
            user.id = d.nextUserId++;
            user.login = "reporting";
            user.passwordHash = "";
            c.users.add(user);
            StateData.Backup backup = new StateData.Backup();
            backup.id = c.id + "-1";
            backup.tag = "backup-fit-check-1";
            backup.startedMillis = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
            backup.sizeBytes = 1_288_490_189L;
            c.backups.add(backup);
            return null;
        });
        waitUntil("its details", () -> showing(robot, "#connectionDetails"));
        fit.check("main window, a cluster selected", app.stage());
        waitUntil("the cluster running", () -> !robot.lookup("#clusterRescaleButton").queryAs(Button.class).isDisabled());
        fit.check("main window, a running cluster selected", app.stage());
        robot.clickOn("#clusterRescaleButton");
        waitUntil(() -> robot.lookup("#rescaleNodeTypes").tryQuery().isPresent());
        fit.check("Rescale", robot.lookup("#rescaleNodeTypes").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#rescaleNodeTypes").tryQuery().isEmpty());
        robot.clickOn("#clusterUpgradeButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        fit.check("Upgrade", robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        robot.clickOn("#clusterUsersButton");
        waitUntil("the cluster's users", () -> robot.lookup("#usersList").tryQuery().isPresent()
                && !robot.lookup("#usersList").queryAs(ListView.class).getItems().isEmpty());
        Window users = robot.lookup("#usersList").query().getScene().getWindow();
        fit.check("Users", users);
        robot.interact(() -> robot.lookup("#usersList").queryAs(ListView.class).getSelectionModel().select(1));
        robot.clickOn("#changeUserButton");
        waitUntil("Change…", () -> robot.lookup("#changeDatabases").tryQuery().isPresent());
        robot.clickOn("#changeType"); // every part of it enabled
        fit.check("Change user", robot.lookup("#changeDatabases").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#changeDatabases").tryQuery().isEmpty());
        robot.interact(() -> ((Stage) users).close());
        robot.clickOn("#clusterBackupsButton");
        waitUntil("the cluster's backups", () -> robot.lookup("#backupsList").tryQuery().isPresent()
                && !robot.lookup("#backupsList").queryAs(ListView.class).getItems().isEmpty());
        Window backups = robot.lookup("#backupsList").query().getScene().getWindow();
        fit.check("Backups", backups);
        robot.interact(() -> robot.lookup("#backupsList").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#restoreButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#restoreButton");
        waitUntil("Restore…", () -> robot.lookup("#restoreName").tryQuery().isPresent());
        robot.clickOn("#restoreName").write("fit-check"); // Restore enabled
        fit.check("Restore", robot.lookup("#restoreName").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#restoreName").tryQuery().isEmpty());
        robot.interact(() -> ((Stage) backups).close());
    }

    /** A CrateDB account's page with its keys and their buttons. */
    @ParameterizedTest
    @EnumSource(value = ThemeMode.class, names = {"LIGHT", "DARK"})
    void theCrateAccountPageFits(ThemeMode mode, FxRobot robot) {
        robot.interact(() -> app.theme().setMode(mode));
        signInCrate(robot);
        TableView<?> keys = robot.lookup("#keysTable").queryAs(TableView.class);
        waitUntil(() -> !keys.getItems().isEmpty());
        robot.interact(() -> keys.getSelectionModel().select(0));
        fit.check("CrateDB account, a key selected", app.stage());
        // How long a key has left is the point of its row: never "⚠ in 10 ...".
        assertEquals(List.of(), Fx.call(() -> Clipping.cutCells(keys, "removalColumn")), "the days left, " + mode);
        // A time shows its day whole, at least: "2026-12-0…" said nothing.
        assertEquals(List.of(), Fx.call(() -> Clipping.cutCells(keys, "lastUsedColumn")), "the keys' last use, " + mode);
        assertEquals(List.of(), Fx.call(() -> Clipping.cutCells(keys, "createdColumn")), "the keys' creation, " + mode);
    }

    /** Replace… of the app's own key, which expires soon: the expiry dialog over the main window. */
    @Test
    void replaceOfAnExpiringOwnKeyFits(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        long now = Instant.now().getEpochSecond();
        String key = "fit-own-key-expiring-0123456789";
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(key, now, now + Duration.ofHours(3).getSeconds())));
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#ownKeyNote"));
        fit.check("main window with the expiring-key note", app.stage());
        robot.clickOn("#ownKeyReplace");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        fit.check("Replace…", robot.lookup("#expiryOkButton").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
    }
}
