package com.accountdesk.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.List;

/**
 * Empties password and token fields when their window closes or their view is taken out of the
 * window (e.g. on sign-out), so a typed secret does not linger in memory or reappear.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /** @param anchor any node of the view; the fields are cleared when it leaves its window or the window hides */
    public static void clearOnClose(Node anchor, TextInputControl... fields) {
        List<TextInputControl> all = List.of(fields);
        Runnable clear = () -> all.forEach(TextInputControl::clear);
        anchor.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (newScene == null) {
                // Looked at once the change is done: a view moved within its window (the connect
                // card put into a ScrollPane) leaves it for a moment only, and keeps what was typed.
                Platform.runLater(() -> {
                    if (anchor.getScene() == null) {
                        clear.run();
                    }
                });
            } else if (oldScene != newScene) {
                watchWindow(newScene, anchor, clear);
            }
        });
        if (anchor.getScene() != null) {
            watchWindow(anchor.getScene(), anchor, clear);
        }
    }

    private static void watchWindow(Scene scene, Node anchor, Runnable clear) {
        scene.windowProperty().addListener((obs, oldWindow, window) -> hookWindow(window, anchor, clear));
        hookWindow(scene.getWindow(), anchor, clear);
    }

    private static void hookWindow(Window window, Node anchor, Runnable clear) {
        if (window == null) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (anchor.getScene() != null && anchor.getScene().getWindow() == window) {
                clear.run();
            }
        });
    }
}
