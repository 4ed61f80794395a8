package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.Accessibility;
import com.accountdesk.ui.common.Notifier;
import com.accountdesk.ui.common.Theme;
import com.accountdesk.ui.common.ThemeMode;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** My Account's look and keyboard: icon buttons described, every action reachable by TAB, theme and notifications. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class MyAccountLookUiTest {
    private AppContext app;

    private Stage myAccount(FxRobot robot) {
        signIn(robot);
        MyAccountUi.open(robot);
        return (Stage) robot.lookup("#keyTable").query().getScene().getWindow();
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#myAccountTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void iconOnlyButtonsAreDescribedOnBothTabs(FxRobot robot) {
        Stage window = myAccount(robot);
        List<ButtonBase> iconButtons = Accessibility.iconOnlyButtons(window.getScene().getRoot());
        assertFalse(iconButtons.isEmpty(), "Refresh is an icon button");
        assertEquals(List.of(), Accessibility.undescribedIconButtons(window.getScene().getRoot()));
        assertTrue(robot.lookup("#refreshKeysButton").queryAs(ButtonBase.class).getTooltip().getText().contains("F5"));
        for (String id : List.of("#addButton", "#copyButton", "#redateButton", "#deleteButton", "#createTokenButton")) {
            assertTrue(robot.lookup(id).queryAs(ButtonBase.class).getGraphic() != null, id + " has its icon");
        }
    }

    @Test
    void tabReachesEveryActionOnEachTab(FxRobot robot) {
        Stage window = myAccount(robot);
        Scene scene = window.getScene();
        robot.interact(() -> MyAccountUi.table(robot).getSelectionModel().select(0)); // enables the row actions
        robot.interact(() -> robot.lookup("#keyTable").query().requestFocus());
        assertReachesAll(robot, scene);

        selectTab(robot, 1);
        robot.interact(() -> robot.lookup("#createTokenButton").query().requestFocus());
        assertReachesAll(robot, scene);
    }

    private static void assertReachesAll(FxRobot robot, Scene scene) {
        Set<Node> actions = Accessibility.keyboardActions(scene.getRoot());
        Set<Node> reached = Accessibility.focusOwnersWhileTabbing(robot, scene, actions.size() + 8);
        List<String> missed = Accessibility.missed(actions, reached);
        assertEquals(List.of(), missed, "reached " + reached.stream().map(Accessibility::describe).toList());
    }

    @Test
    void switchingTheThemeRestylesTheOpenMyAccountWindow(FxRobot robot) {
        Stage window = myAccount(robot);
        robot.interact(() -> app.theme().setMode(ThemeMode.LIGHT));
        Node table = robot.lookup("#keyTable").query();
        waitUntil(() -> Accessibility.luminanceOf(Accessibility.backgroundBehind(table, Color.GRAY)) > 0.8);

        robot.interact(() -> app.theme().setMode(ThemeMode.DARK));
        waitUntil(() -> Accessibility.luminanceOf(Accessibility.backgroundBehind(table, Color.GRAY)) < 0.1);
        assertEquals(List.of(), Accessibility.lowContrastText(window.getScene().getRoot(), Color.BLACK), "dark");
        robot.interact(() -> app.theme().setMode(ThemeMode.LIGHT));
        assertEquals(List.of(), Accessibility.lowContrastText(window.getScene().getRoot(), Color.WHITE), "light");
    }

    @Test
    void aNewAnywhereTokenIsNotified(FxRobot robot) {
        Stage window = myAccount(robot);
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        app.notifier().addListener(heard::add);
        selectTab(robot, 1);
        robot.clickOn("#createTokenButton");
        robot.clickOn("#" + com.accountdesk.ui.common.Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> !heard.isEmpty());
        assertEquals(new Notifier.Notice(Notifier.Kind.SUCCESS, "Anywhere API token created",
                "New token created. Copy it now: it will not be shown again."), heard.get(0));
        // The user watched it happen: the keyboard is still in this window (headless, every window
        // claims isFocused(), so what counts is where a key press lands).
        Node before = window.getScene().getFocusOwner();
        assertTrue(before != null && before.getScene() == window.getScene(), "a focus owner in My Account: " + before);
        robot.push(KeyCode.TAB);
        waitUntil(() -> window.getScene().getFocusOwner() != before);
        assertFalse(Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow p && p.isShowing()
                && p.getScene().getRoot().lookup(".notification-bar") != null));
    }

    @Test
    void theWindowOpensAgainWhereItWasLeft(FxRobot robot) {
        Stage window = myAccount(robot);
        robot.interact(() -> {
            window.setX(70);
            window.setY(50);
            window.setWidth(760);
            window.setHeight(560);
        });
        robot.interact(window::close);
        assertEquals(760, app.settings().getDouble("window.myAccount.width", 0));
        MyAccountUi.open(robot);
        Stage again = (Stage) robot.lookup("#keyTable").query().getScene().getWindow();
        assertEquals(70, again.getX());
        assertEquals(50, again.getY());
        assertEquals(760, again.getWidth());
        assertEquals(560, again.getHeight());
    }
}
