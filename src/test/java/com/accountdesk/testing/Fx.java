package com.accountdesk.testing;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The one way tests run something on the FX thread and wait for it, and check that thread is free. */
public final class Fx {
    private static final long WAIT_SECONDS = 20;

    private Fx() {
    }

    /** Runs {@code work} on the FX thread and returns its result (waits up to 20 s). */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError("failed on the FX thread: " + e, e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not run " + CallSite.ofCaller() + " within " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError("failed on the FX thread: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the FX thread", e);
        }
    }

    /** Runs {@code work} on the FX thread and waits for it (up to 20 s). */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Asserts that the window is not frozen while work is in flight: the FX thread answers a ping
     * within {@code limit}, and the work is still going on afterwards ({@code stillBusy}, checked on
     * the FX thread), so the answer came during the work and not after it. Work done on the FX thread
     * holds the ping for as long as it takes and fails this.
     */
    public static void assertAnswersWhile(String work, Callable<Boolean> stillBusy, Duration limit) {
        CountDownLatch answered = new CountDownLatch(1);
        long sent = System.nanoTime();
        Platform.runLater(answered::countDown);
        try {
            if (!answered.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the FX thread did not answer a ping within " + limit.toMillis()
                        + " ms while " + work + " was in flight: the window is frozen");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        long tookMillis = (System.nanoTime() - sent) / 1_000_000;
        if (!call(stillBusy)) {
            throw new AssertionError(work + " was over before the check (ping answered in " + tookMillis
                    + " ms): it proves nothing; make the work last longer");
        }
    }
}
