package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.Accessibility;
import com.accountdesk.ui.common.ThemeMode;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect screen and the main window as a keyboard and screen-reader user meets them: TAB
 * reaches every action, icon-only buttons say what they do, text buttons and menu items have
 * mnemonics, and text is readable in both themes.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class AccessibilityUiTest {
    private AppContext app;


    private Scene scene() {
        return app.stage().getScene();
    }

    private void onMainWindow(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> !environmentsTable(robot).getItems().isEmpty());
    }

    private void onFilledConnectScreen(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        robot.interact(() -> {
            robot.lookup("#loginField").queryAs(TextInputControl.class).setText(DemoAccount.LOGIN);
            robot.lookup("#passwordField").queryAs(TextInputControl.class).setText("something");
        });
    }

    @Test
    void tabReachesEveryActionOnTheConnectScreen(FxRobot robot) {
        onFilledConnectScreen(robot);
        Set<Node> actions = Accessibility.keyboardActions(scene().getRoot());
        assertTrue(actions.size() >= 4, "endpoint, e-mail, password, Connect at least: " + actions);
        Set<Node> reached = Accessibility.focusOwnersWhileTabbing(robot, scene(), actions.size() + 6);
        assertReachedAll(actions, reached);
    }

    @Test
    void tabReachesEveryActionOnTheMainWindow(FxRobot robot) {
        onMainWindow(robot);
        Set<Node> actions = Accessibility.keyboardActions(scene().getRoot());
        for (String id : List.of("launchButton", "userMenu", "searchField", "refreshButton")) {
            assertTrue(actions.stream().anyMatch(n -> id.equals(n.getId())), id + " is among the actions: " + actions);
        }
        Set<Node> reached = Accessibility.focusOwnersWhileTabbing(robot, scene(), actions.size() + 6);
        assertReachedAll(actions, reached);
        assertTrue(reached.contains(robot.lookup("#table").query()), "the table can be reached to move through rows");
    }

    @Test
    void focusOrderFollowsTheLayout(FxRobot robot) {
        onMainWindow(robot);
        List<String> order = new ArrayList<>();
        robot.interact(() -> robot.lookup("#launchButton").query().requestFocus());
        order.add(scene().getFocusOwner().getId());
        for (int i = 0; i < 4; i++) {
            robot.type(javafx.scene.input.KeyCode.TAB);
            order.add(scene().getFocusOwner().getId());
        }
        // Top bar left to right, then the list's tools left to right, then the list.
        assertEquals(List.of("launchButton", "userMenu", "searchField", "refreshButton", "table"), order);
    }

    @Test
    void emptyAndErrorPlaceholdersAreReachableToo(FxRobot robot) {
        onMainWindow(robot);
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextInputControl.class).setText("no-such-thing"));
        waitUntil(() -> environmentsTable(robot).getItems().isEmpty());
        assertTrue(Accessibility.shown(robot.lookup("#placeholderTitle").query()));
        assertEquals("No environment matches the search.", robot.lookup("#placeholderTitle").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#placeholder").query().getAccessibleText().startsWith("No environment matches"),
                "a screen reader hears why the list is empty");
    }

    @Test
    void iconOnlyButtonsHaveAccessibleTextAndTooltips(FxRobot robot) {
        onFilledConnectScreen(robot);
        assertEquals(List.of(), Accessibility.undescribedIconButtons(scene().getRoot()), "connect screen");
        onMainWindow(robot);
        List<ButtonBase> iconButtons = Accessibility.iconOnlyButtons(scene().getRoot());
        assertFalse(iconButtons.isEmpty(), "the main window has icon-only buttons (Refresh)");
        assertEquals(List.of(), Accessibility.undescribedIconButtons(scene().getRoot()), "main window");
        ButtonBase refresh = robot.lookup("#refreshButton").queryAs(ButtonBase.class);
        assertEquals("Refresh the environments (F5)", refresh.getAccessibleText());
        assertEquals(refresh.getAccessibleText(), refresh.getTooltip().getText());
    }

    @Test
    void theCrateDbPageIsKeyboardReachableWithDescribedIcons(FxRobot robot) {
        signInCrate(robot);
        waitUntil(() -> !robot.lookup("#keysTable").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(List.of(), Accessibility.undescribedIconButtons(scene().getRoot()), "CrateDB page");
        ButtonBase refresh = robot.lookup("#refreshKeysButton").queryAs(ButtonBase.class);
        assertEquals("Reload the API keys (F5)", refresh.getAccessibleText());
        Set<Node> actions = Accessibility.keyboardActions(scene().getRoot());
        for (String id : List.of("userMenu", "refreshKeysButton", "createKeyButton")) {
            assertTrue(actions.stream().anyMatch(n -> id.equals(n.getId())), id + " is among the actions: " + actions);
        }
        assertReachedAll(actions, Accessibility.focusOwnersWhileTabbing(robot, scene(), actions.size() + 6));
    }

    @Test
    void theCheckFindsAnUndescribedIconButton() {
        // The walker must be able to fail: a bare icon button is reported.
        Button bare = new Button();
        bare.setGraphic(new javafx.scene.shape.Circle(4));
        Parent root = new VBox(new VBox(bare));
        assertEquals(1, Accessibility.undescribedIconButtons(root).size());
    }

    @Test
    void buttonsAndMenuItemsHaveMnemonics(FxRobot robot) {
        onFilledConnectScreen(robot);
        assertEquals(List.of(), Accessibility.textButtonsWithoutMnemonic(scene().getRoot()), "connect screen");
        onMainWindow(robot);
        assertEquals(List.of(), Accessibility.textButtonsWithoutMnemonic(scene().getRoot()), "main window");
        MenuButton userMenu = robot.lookup("#userMenu").queryAs(MenuButton.class);
        List<String> itemsWithout = menuItems(userMenu.getItems())
                .filter(item -> !(item instanceof SeparatorMenuItem))
                .filter(item -> !item.isMnemonicParsing() || item.getText() == null || !item.getText().contains("_"))
                .map(MenuItem::getText)
                .toList();
        assertEquals(List.of(), itemsWithout, "user menu items without a mnemonic");
    }

    @Test
    void noTwoShownControlsAnswerTheSameAltLetter(FxRobot robot) throws Exception {
        onFilledConnectScreen(robot);
        assertEquals(List.of(), Accessibility.sharedMnemonics(scene().getRoot()), "connect screen");
        // The main window with a cluster selected: its actions and connection details (the field "_User") show.
        com.accountdesk.testing.SelectedClusterUi.signInAndSelect(robot, app, "mnemonics-shared");
        waitUntil("the connection details", () -> robot.lookup("#connectionUser").query().isVisible());
        assertEquals(robot.lookup("#connectionUser").query(),
                robot.lookup("#connectionUserLabel").queryAs(javafx.scene.control.Label.class).getLabelFor(), "Alt+U reaches the user field");
        assertEquals(List.of(), Accessibility.sharedMnemonics(scene().getRoot()), "main window, a cluster selected");
    }

    private static Stream<MenuItem> menuItems(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof javafx.scene.control.Menu menu
                ? Stream.concat(Stream.of(item), menuItems(menu.getItems())) : Stream.of(item));
    }


    @Test
    void textIsReadableInBothThemes(FxRobot robot) {
        onFilledConnectScreen(robot);
        for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
            robot.interact(() -> app.theme().setMode(mode));
            assertEquals(List.of(), Accessibility.lowContrastText(scene().getRoot(), windowFill(mode)), "connect screen, " + mode);
        }
        onMainWindow(robot);
        for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
            robot.interact(() -> app.theme().setMode(mode));
            assertEquals(List.of(), Accessibility.lowContrastText(scene().getRoot(), windowFill(mode)), "main window, " + mode);
        }
    }

    @Test
    void theContrastCheckFindsFaintText() {
        javafx.scene.control.Label faint = new javafx.scene.control.Label("faint");
        faint.setTextFill(Color.web("#aaaaaa"));
        javafx.scene.control.Label plain = new javafx.scene.control.Label("plain");
        plain.setTextFill(Color.web("#24292f"));
        VBox box = new VBox(faint, plain);
        box.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(Color.WHITE, null, null)));
        assertEquals(1, Accessibility.lowContrastText(box, Color.WHITE).size());
        assertTrue(Accessibility.lowContrastText(box, Color.WHITE).get(0).contains("faint"));
    }

    private static Color windowFill(ThemeMode mode) {
        return mode == ThemeMode.DARK ? Color.BLACK : Color.WHITE;
    }

    /** A radio button counts as reached when TAB reaches its group: the arrow keys move within a group. */
    private static void assertReachedAll(Set<Node> actions, Set<Node> reached) {
        List<String> missed = Accessibility.missed(actions, reached);
        assertEquals(List.of(), missed, "actions TAB never reached; reached: "
                + reached.stream().map(Accessibility::describe).toList());
    }
}
