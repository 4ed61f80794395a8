package com.accountdesk.ui.connect;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.Optional;

import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect card scrolls once the window is too short for it, and only then has a ScrollPane
 * (the first frame does without one): what was typed (a password too) and where the focus was stay as they were,
 * and the Connect button can be scrolled to.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ConnectScrollUiTest {
    private AppContext app;

    @Test
    void aShortWindowScrollsTheCardAndKeepsTheTypingWhereItWas(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        assertTrue(scrollPane(robot).isEmpty(), "a window tall enough for the card has no ScrollPane");

        type(robot, "#passwordField", "typed secret");
        type(robot, "#loginField", "ann@example.com");
        double height = Fx.call(() -> app.stage().getHeight());
        try {
            Fx.run(() -> app.stage().setHeight(app.stage().getMinHeight()));
            waitUntil(() -> scrollPane(robot).isPresent());
            scrollsToConnectWithTheTypingKept(robot);
        } finally {
            // The next test gets TestFX's same stage: at its full size again.
            Fx.run(() -> app.stage().setHeight(height));
        }
    }

    @Test
    void aRefusedSignInInAShortWindowScrollsItsReasonIntoView(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        double height = Fx.call(() -> app.stage().getHeight());
        try {
            Fx.run(() -> app.stage().setHeight(app.stage().getMinHeight()));
            waitUntil(() -> scrollPane(robot).isPresent());
            type(robot, "#loginField", "demo@sandbox.local");
            type(robot, "#passwordField", "wrong-password");
            robot.type(KeyCode.ENTER);
            Node error = robot.lookup("#errorLabel").query();
            waitUntil("the refusal shown", () -> error.isVisible());
            // On an 800×600 screen the reason sat below the window's bottom edge, its first line or two showing.
            waitUntil("the whole reason in the window", () -> Fx.call(() -> inWindow(error)));
            assertEquals("wrong-password", robot.lookup("#passwordField").queryAs(TextInputControl.class).getText());
        } finally {
            Fx.run(() -> app.stage().setHeight(height));
        }
    }

    private static void scrollsToConnectWithTheTypingKept(FxRobot robot) {

        ScrollPane scroll = scrollPane(robot).orElseThrow();
        TextInputControl login = robot.lookup("#loginField").queryAs(TextInputControl.class);
        assertTrue(login.isFocused(), "the focus left the field being typed in");
        assertEquals("ann@example.com", login.getText());
        // The card left the window for a moment on its way into the ScrollPane: what was typed stays.
        assertEquals("typed secret", robot.lookup("#passwordField").queryAs(TextInputControl.class).getText());
        Node connect = robot.lookup("#connectButton").query();
        assertTrue(Fx.call(() -> !inWindow(connect)), "the window is not short enough for this test");
        Fx.run(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.layout();
        });
        assertTrue(Fx.call(() -> inWindow(connect)), "Connect cannot be scrolled to");
    }

    private static Optional<ScrollPane> scrollPane(FxRobot robot) {
        return robot.lookup(".connect-scroll").tryQuery().filter(ScrollPane.class::isInstance).map(ScrollPane.class::cast);
    }

    private static boolean inWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= 0 && bounds.getMaxY() <= node.getScene().getHeight();
    }
}
