package com.accountdesk.app;

import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Runs an action on the FX thread once a window has been shown and its first frame drawn. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Call before {@code stage} is shown. */
    static void then(Stage stage, Runnable action) {
        EventHandler<WindowEvent> onShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
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
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
    }
}
