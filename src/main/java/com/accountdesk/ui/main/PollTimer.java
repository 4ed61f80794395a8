package com.accountdesk.ui.main;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * When the Clusters pane looks again: one planned look at a time, each plan replacing the last. In
 * the app a pause on the FX thread; in a view-model test a timer the test fires by hand, so polling
 * is driven step by step with no toolkit and no waits.
 */
public interface PollTimer {
    /** Runs {@code look} once after {@code pause}, replacing any look planned before. */
    void schedule(java.time.Duration pause, Runnable look);

    /** Drops the planned look, if any. */
    void cancel();

    /** A pause on the FX thread: the look runs there, like every other change of the pane. */
    static PollTimer onFxThread() {
        PauseTransition pause = new PauseTransition();
        return new PollTimer() {
            @Override
            public void schedule(java.time.Duration after, Runnable look) {
                pause.stop();
                pause.setDuration(Duration.millis(after.toMillis()));
                pause.setOnFinished(e -> look.run());
                pause.playFromStart();
            }

            @Override
            public void cancel() {
                pause.stop();
            }
        };
    }
}
