package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.io.Settings;
import com.accountdesk.testing.Accessibility;
import com.accountdesk.ui.common.SystemColorScheme;
import com.accountdesk.ui.common.Theme;
import com.accountdesk.ui.common.ThemeMode;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme switch: from the user menu, applied to every open window at once, kept in the settings. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ThemeUiTest {
    private AppContext app;
    private Stage second;

    /** A second window, made the way the app's other windows are made. */
    private Label openSecondWindow(FxRobot robot) {
        AtomicReference<Label> label = new AtomicReference<>();
        robot.interact(() -> {
            label.set(new Label("Second window"));
            second = new Stage();
            second.setScene(new Scene(new VBox(label.get()), 300, 160));
            app.windows().dress(second, "themeTest");
            second.show();
        });
        return label.get();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private Color secondBackground() {
        return Accessibility.backgroundBehind(second.getScene().getRoot(), Color.GRAY);
    }

    @Test
    void choosingDarkInTheUserMenuRestylesEveryOpenWindow(FxRobot robot) {
        robot.interact(() -> app.theme().setMode(ThemeMode.LIGHT));
        signIn(robot);
        Label label = openSecondWindow(robot);
        assertEquals(Theme.stylesheet(false), Application.getUserAgentStylesheet());
        assertTrue(luminance(secondBackground()) > 0.9, "light background: " + secondBackground());
        assertTrue(luminance((Color) label.getTextFill()) < 0.3, "dark text on light");

        robot.interact(() -> app.stage().requestFocus());
        robot.clickOn("#userMenu");
        robot.moveTo(shownLabel(robot, "Theme")); // hovering opens the submenu
        robot.moveTo(shownLabel(robot, "System")); // along the row into the submenu, then down inside it
        robot.clickOn(shownLabel(robot, "Dark"));

        waitUntil(() -> Theme.stylesheet(true).equals(Application.getUserAgentStylesheet()));
        waitUntil(() -> luminance(secondBackground()) < 0.1);
        assertTrue(luminance((Color) label.getTextFill()) > 0.6, "light text on dark: " + label.getTextFill());
        Color mainBackground = Accessibility.backgroundBehind(robot.lookup("#table").query(), Color.GRAY);
        assertTrue(luminance(mainBackground) < 0.1, "the main window is dark too: " + mainBackground);
        assertEquals("dark", app.settings().get(Theme.SETTING, ""));
        assertTrue(themeItem(robot, "theme-dark").isSelected());

        robot.interact(() -> app.theme().setMode(ThemeMode.LIGHT));
        waitUntil(() -> luminance(secondBackground()) > 0.9);
        assertTrue(themeItem(robot, "theme-light").isSelected(), "the menu follows a change made elsewhere (Settings)");
    }

    /** A label on screen (menus' included) reading {@code text}, mnemonic marker aside. */
    private static javafx.scene.Node shownLabel(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup((javafx.scene.Node n) -> isShownLabel(n, text)).tryQuery().isPresent());
        return robot.lookup((javafx.scene.Node n) -> isShownLabel(n, text)).query();
    }

    private static boolean isShownLabel(javafx.scene.Node n, String text) {
        return n instanceof javafx.scene.control.Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && Accessibility.shown(n);
    }

    private static RadioMenuItem themeItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton menu = robot.lookup("#userMenu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.Menu theme = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "themeMenu".equals(i.getId())).findFirst().orElseThrow();
        return (RadioMenuItem) theme.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theSavedChoiceIsUsedAndSystemModeFollowsTheSystem(FxRobot robot) {
        Settings settings = Settings.inMemory();
        settings.put(Theme.SETTING, "dark");
        assertEquals(ThemeMode.DARK, new Theme(settings).mode());

        settings.put(Theme.SETTING, "system");
        Theme followsSystem = new Theme(settings);
        SystemColorScheme darkGnome = new SystemColorScheme("Linux", Map.of(), Path.of("/nonexistent"),
                (command, timeout) -> command.contains("color-scheme") ? Optional.of("'prefer-dark'\n") : Optional.empty());
        robot.interact(() -> followsSystem.start(Executors.newSingleThreadExecutor(), darkGnome));
        waitUntil(followsSystem::isDark);
        assertEquals(Theme.stylesheet(true), Application.getUserAgentStylesheet());

        Theme unreadable = new Theme(settings);
        SystemColorScheme silent = new SystemColorScheme("Linux", Map.of(), Path.of("/nonexistent"),
                (command, timeout) -> Optional.empty());
        robot.interact(() -> unreadable.start(Executors.newSingleThreadExecutor(), silent));
        waitUntil(() -> Theme.stylesheet(false).equals(Application.getUserAgentStylesheet()));
        assertFalse(unreadable.isDark(), "light when the system cannot be read");
    }
}
