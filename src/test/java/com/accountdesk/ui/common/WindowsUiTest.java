package com.accountdesk.ui.common;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;

import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every window is opened the same way: the app's icon and stylesheet, and its size and place kept. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class WindowsUiTest {
    private AppContext app;

    private static Stage window(String title) {
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle())));
        return Fx.call(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow());
    }

    private static void assertDressed(Stage stage) {
        // The first window's icons are decoded off the FX thread and arrive a moment after it shows.
        waitUntil(() -> Fx.call(() -> stage.getIcons().size()) == AppIcons.SIZES.length);
        assertTrue(stage.getScene().getStylesheets().contains(Theme.appStylesheet()), stage.getTitle() + ": the app's stylesheet");
    }

    @Test
    void settingsAndTheWizardHaveTheIconAndSettingsRemembersItsPlace(FxRobot robot) {
        signIn(robot);
        assertDressed(app.stage());
        robot.clickOn("#userMenu").clickOn("Settings…");
        Stage settings = window("Settings");
        assertDressed(settings);
        robot.interact(() -> {
            settings.setX(90);
            settings.setY(60);
        });
        robot.interact(settings::close);
        waitUntil(() -> app.settings().getDouble("window.settings.x", 0) == 90);

        robot.clickOn("#userMenu").clickOn("Settings…");
        Stage again = window("Settings");
        assertEquals(List.of(90.0, 60.0), Fx.call(() -> List.of(again.getX(), again.getY())), "opens where it was left");
        robot.interact(again::close);

        robot.clickOn("#launchButton");
        assertDressed(window("Launch Cluster"));
    }
}
