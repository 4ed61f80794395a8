package com.accountdesk.app;

import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Runs an action on the FX thread once a window has been shown and its first frame drawn. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code action} after the next frame when {@code stage} is showing already, else after its first. */
    static void then(Stage stage, Runnable action) {
        if (stage.isShowing()) {
            // A stage shown again (new content after sign-out, a restart in tests) never fires WINDOW_SHOWN.
            afterNextFrame(action);
            return;
        }
        EventHandler<WindowEvent> onShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterNextFrame(action);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
    }

    private static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The second pulse after showing starts once the first one's frame is rendered.
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
