package com.accountdesk.ui.launch;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.Accessibility;
import com.accountdesk.ui.common.Notifier;
import com.accountdesk.ui.common.Theme;
import com.accountdesk.ui.common.ThemeMode;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Launch wizard's look and keyboard on every page, and the notices of a launch. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class WizardLookUiTest {
    private AppContext app;

    private Scene openWizard(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#launchButton");
        waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent()
                && robot.lookup("#environmentChoice").queryAs(ComboBox.class).getValue() != null);
        return robot.lookup("#environmentChoice").query().getScene();
    }

    private static void set(FxRobot robot, String id, String text) {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void next(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#wizardNext").query().isDisabled());
        robot.interact(() -> ((javafx.scene.control.ButtonBase) robot.lookup("#wizardNext").query()).fire());
    }

    /** Checks the page shown now: TAB reaches every action, buttons have mnemonics, text is readable in both themes. */
    private void checkPage(FxRobot robot, Scene scene, String page) {
        Set<Node> actions = Accessibility.keyboardActions(scene.getRoot());
        robot.interact(() -> robot.lookup("#wizardCancel").query().requestFocus());
        Set<Node> reached = Accessibility.focusOwnersWhileTabbing(robot, scene, actions.size() + 8);
        List<String> missed = Accessibility.missed(actions, reached);
        assertEquals(List.of(), missed, page + ": TAB never reached these");
        assertEquals(List.of(), Accessibility.textButtonsWithoutMnemonic(scene.getRoot()), page + ": buttons without mnemonic");
        assertEquals(List.of(), Accessibility.undescribedIconButtons(scene.getRoot()), page);
        for (ThemeMode mode : List.of(ThemeMode.DARK, ThemeMode.LIGHT)) {
            robot.interact(() -> app.theme().setMode(mode));
            assertEquals(List.of(), Accessibility.lowContrastText(scene.getRoot(), mode == ThemeMode.DARK ? Color.BLACK : Color.WHITE),
                    page + ", " + mode);
        }
    }

    @Test
    void everyPageIsKeyboardReachableAndReadable(FxRobot robot) {
        Scene scene = openWizard(robot);
        checkPage(robot, scene, "environment");
        next(robot);
        set(robot, "#nameField", "look-test");
        set(robot, "#adminPassField", "Look-Test-Password-1");
        set(robot, "#adminPassConfirmField", "Look-Test-Password-1");
        checkPage(robot, scene, "cluster");
        next(robot);
        set(robot, "#nodeTypeEditor", "n2d-standard-2");
        set(robot, "#shardsField", "1");
        set(robot, "#replicasField", "1");
        set(robot, "#sizeField", "50");
        checkPage(robot, scene, "resources");
        next(robot);
        checkPage(robot, scene, "connection");
        next(robot);
        checkPage(robot, scene, "high availability");
        next(robot);
        waitUntil(() -> robot.lookup("#reviewJson").tryQuery().isPresent());
        checkPage(robot, scene, "review");
        assertTrue(robot.lookup("#wizardLaunch").queryAs(javafx.scene.control.Button.class).getGraphic() != null, "Launch has its icon");
    }

    @Test
    void aLaunchIsNotifiedAndSoIsTheClusterRunning(FxRobot robot) {
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        openWizard(robot);
        app.notifier().addListener(heard::add);
        next(robot);
        set(robot, "#nameField", "notice-test");
        set(robot, "#adminPassField", "Look-Test-Password-1");
        set(robot, "#adminPassConfirmField", "Look-Test-Password-1");
        next(robot);
        set(robot, "#nodeTypeEditor", "m6i.large"); // a node type of the environment chosen first (demo-aws)
        set(robot, "#shardsField", "1");
        set(robot, "#replicasField", "1");
        set(robot, "#sizeField", "50");
        next(robot);
        next(robot);
        next(robot);
        waitUntil(() -> !robot.lookup("#wizardLaunch").query().isDisabled());
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> heard.stream().anyMatch(n -> n.title().equals("Cluster launched")));
        assertTrue(heard.stream().filter(n -> n.title().equals("Cluster launched")).findFirst().orElseThrow()
                .text().startsWith("notice-test is starting in "));
        // The sandbox brings a new cluster up after a few seconds; the clusters pane watches it.
        waitUntil(() -> heard.stream().anyMatch(n -> n.title().equals("Cluster running") && n.text().startsWith("notice-test")));
    }
}
