package com.accountdesk.bench;

import com.accountdesk.testing.Fx;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Starts the JavaFX toolkit once (headless Monocle, as in the UI tests) and runs work on its thread. */
final class FxThread {
    private static boolean started;

    private FxThread() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        started = true;
    }

    /** Runs {@code work} on the FX thread and waits for its result (the tests' one way: {@link Fx#call}). */
    static <T> T call(Callable<T> work) {
        return Fx.call(work);
    }
}
