package com.accountdesk.ui.common;

import com.accountdesk.testing.Fx;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A window manager may shrink a new window to its minimum once or twice after it is shown (openbox
 * with GTK's glass: 200×200, its size, then its minimum, seen ~0.6 s after mapping under load). Here
 * the window manager's shrink is played by setting the window to its minimum.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreenFitUiTest {
    private static final double WIDTH = 600;
    private static final double HEIGHT = 400;
    private Stage window;

    @Start
    void start(Stage stage) {
        // Each test makes its own window.
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    private TextField open(FxRobot robot) {
        AtomicReference<TextField> field = new AtomicReference<>();
        robot.interact(() -> {
            field.set(new TextField());
            Stage stage = new Stage();
            stage.setMinWidth(320);
            stage.setMinHeight(240);
            stage.setScene(new Scene(new StackPane(field.get()), WIDTH, HEIGHT));
            ScreenFit.apply(stage);
            stage.show();
            field.get().requestFocus(); // as the sign-in view gives its first field the focus
            window = stage;
        });
        return field.get();
    }

    private void shrinkToTheMinimum(FxRobot robot) {
        robot.interact(() -> ScreenFit.resize(window, window.getMinWidth(), window.getMinHeight()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAtOnceDoesNotLetTheWindowManagersShrinkStand(FxRobot robot) {
        // A person types into the first field as soon as the window is there: the window manager's
        // late shrink still has to be taken back (it was not: the main window stayed at 718×455).
        TextField field = open(robot);
        robot.type(KeyCode.A, KeyCode.B);
        waitUntil("the typing arrived", () -> field.getText().equals("ab"));
        shrinkToTheMinimum(robot);
        waitUntil("the window back at its size", () -> window.getWidth() == WIDTH && window.getHeight() == HEIGHT);
    }

    @Test
    void aSizeTheUserGivesAfterTakingTheWindowStays(FxRobot robot) {
        robot.clickOn(open(robot)); // a click in it is the user taking the window
        shrinkToTheMinimum(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(320, Fx.call(window::getWidth));
        assertEquals(240, Fx.call(window::getHeight));
    }
}
