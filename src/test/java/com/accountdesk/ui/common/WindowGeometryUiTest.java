package com.accountdesk.ui.common;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.io.Settings;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window size and place are kept between runs, and never restored onto a screen that is not there. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowGeometryUiTest {
    private Stage window;
    private AppContext app;

    @Start
    void start(Stage stage) {
        // Each test makes its own windows.
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
        if (app != null) {
            app.close();
        }
    }

    private Stage open(FxRobot robot, Settings settings) {
        return open(robot, settings, Runnable::run);
    }

    private Stage open(FxRobot robot, Settings settings, Executor writer) {
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 500, 300));
            WindowGeometry.remember(stage, settings, "test", writer);
            stage.show();
            made.set(stage);
        });
        window = made.get();
        return window;
    }

    private static void saved(Settings settings, double x, double y, double w, double h, boolean maximized) {
        settings.put("window.test.x", x);
        settings.put("window.test.y", y);
        settings.put("window.test.width", w);
        settings.put("window.test.height", h);
        settings.put("window.test.maximized", maximized);
    }

    @Test
    void restoresTheSavedSizeAndPlace(FxRobot robot) {
        Settings settings = Settings.inMemory();
        saved(settings, 120, 90, 640, 420, false);
        Stage stage = open(robot, settings);
        assertEquals(120, stage.getX());
        assertEquals(90, stage.getY());
        assertEquals(640, stage.getWidth());
        assertEquals(420, stage.getHeight());
        assertFalse(stage.isMaximized());
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotUsed(FxRobot robot) {
        Settings settings = Settings.inMemory();
        saved(settings, 9000, 7000, 640, 420, false);
        Stage stage = open(robot, settings);
        assertNotEquals(9000, stage.getX());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(stage.getX() + 1, stage.getY() + 1), "opened on the screen: " + stage.getX() + "," + stage.getY());
        assertEquals(500, stage.getWidth(), "the default size, not the saved one");
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt(FxRobot robot) {
        Settings settings = Settings.inMemory();
        saved(settings, 0, 0, 20000, 15000, false);
        Stage stage = open(robot, settings);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight(),
                stage.getWidth() + "x" + stage.getHeight() + " on " + screen);
    }

    @Test
    void savesWhereTheUserLeftItAndWhetherItWasMaximized(FxRobot robot) {
        Settings settings = Settings.inMemory();
        Stage stage = open(robot, settings);
        robot.interact(() -> {
            stage.setX(140);
            stage.setY(70);
            stage.setWidth(610);
            stage.setHeight(380);
        });
        robot.interact(() -> stage.setMaximized(true));
        robot.interact(stage::hide);
        assertEquals(140, settings.getDouble("window.test.x", 0));
        assertEquals(70, settings.getDouble("window.test.y", 0));
        assertEquals(610, settings.getDouble("window.test.width", 0), "the size before maximizing, for un-maximizing later");
        assertEquals(380, settings.getDouble("window.test.height", 0));
        assertTrue(settings.getBoolean("window.test.maximized", false));

        Stage again = open(robot, settings);
        assertTrue(again.isMaximized());
    }

    @Test
    void aWindowThatSettlesIsSavedInOneWriteOffTheFxThread(FxRobot robot) throws Exception {
        Settings settings = Settings.inMemory();
        List<Boolean> writesOnFxThread = new CopyOnWriteArrayList<>();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Stage stage = open(robot, settings, task -> background.execute(() -> {
                writesOnFxThread.add(Platform.isFxApplicationThread());
                task.run();
            }));
            robot.interact(() -> {
                stage.setX(150);
                stage.setY(80);
                stage.setWidth(620);
                stage.setHeight(390);
            });
            waitUntil("the moved window's place to be written", () -> settings.getDouble("window.test.x", 0) == 150);
            assertEquals(List.of(false), writesOnFxThread, "one write for the settled window, on the writer thread");
            assertEquals(390, settings.getDouble("window.test.height", 0));
        } finally {
            robot.interact(() -> window.hide()); // its last save goes to the writer before the writer goes
            background.shutdown();
        }
    }

    @Test
    void theMainWindowOpensWhereItWasLeft(FxRobot robot) {
        robot.interact(() -> {
            app = AppContext.create(AppConfig.freshSandboxInMemory());
            app.settings().put("window.main.x", 60);
            app.settings().put("window.main.y", 40);
            app.settings().put("window.main.width", 1000);
            app.settings().put("window.main.height", 700);
            window = new Stage();
            app.show(window);
        });
        waitUntil(window::isShowing);
        assertEquals(60, window.getX());
        assertEquals(40, window.getY());
        assertEquals(1000, window.getWidth());
        assertEquals(700, window.getHeight());
    }
}
