package com.accountdesk.ui.keys;

import javafx.animation.PauseTransition;

import java.time.Duration;

/**
 * Runs something once after a delay, on the thread view-models live on. In the app a pause on the
 * FX thread; in a view-model test the test runs what is due itself, so it needs no waits.
 */
@FunctionalInterface
public interface Later {
    void after(Duration delay, Runnable action);

    /** A pause on the FX thread; call from it. */
    static Later fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
