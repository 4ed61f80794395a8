package com.accountdesk.ui.common;

import com.accountdesk.testing.Fx;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A typed secret goes when its view leaves the window or the window closes, and stays while the
 * view only moves within the window (the connect card put into a ScrollPane on a short window).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SecretFieldsUiTest {
    private Stage window;
    private StackPane root;
    private VBox view;
    private PasswordField secret;

    @Start
    void start(Stage stage) {
        // Each test makes its own window.
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            secret = new PasswordField();
            view = new VBox(secret);
            root = new StackPane(view);
            window = new Stage();
            window.setScene(new Scene(root, 300, 200));
            SecretFields.clearOnClose(secret, secret);
            window.show();
            secret.setText("s3cret");
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    @Test
    void movingTheViewWithinItsWindowKeepsTheSecret(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            ScrollPane scroll = new ScrollPane();
            root.getChildren().setAll(scroll);
            scroll.setContent(view);
            scroll.applyCss();
        });
        robot.interact(() -> { }); // a pulse later: what would have been cleared is

        assertEquals("s3cret", Fx.call(secret::getText));
    }

    @Test
    void takingTheViewOutOfItsWindowClearsTheSecret(FxRobot robot) {
        open(robot);
        robot.interact(() -> root.getChildren().clear());

        waitUntil(() -> Fx.call(secret::getText).isEmpty());
    }

    @Test
    void closingTheWindowClearsTheSecret(FxRobot robot) {
        open(robot);
        robot.interact(window::hide);

        waitUntil(() -> Fx.call(secret::getText).isEmpty());
    }
}
