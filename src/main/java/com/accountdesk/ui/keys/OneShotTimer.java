package com.accountdesk.ui.keys;

import java.time.Duration;

/**
 * Runs something once after a delay, on the thread view-models live on. In the app a pause on the
 * FX thread ({@link KeyWiring#fxLater()}); in a view-model test the test runs what is due itself, so it needs no waits.
 */
@FunctionalInterface
public interface OneShotTimer {
    void after(Duration delay, Runnable action);
}
