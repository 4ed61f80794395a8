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
     * How long the FX thread takes to answer a ping when nothing is in flight, here and now: the
     * slowest of a few. A check during work is measured against it, not a fixed number, so a busy
     * build machine (slow pings throughout) does not fail it, and a frozen window still does.
     */
    public record IdlePing(long slowestMillis) {
        /** At least this much, whatever the machine: one GC or CSS pass must not fail the check. */
        static final long FLOOR_MILLIS = 250;
        /** How many idle pings a ping during work may take. */
        static final int FACTOR = 10;

        /** How long a ping during work may take. */
        public Duration allowed() {
            return Duration.ofMillis(Math.max(FLOOR_MILLIS, FACTOR * Math.max(1, slowestMillis)));
        }
    }

    /** Pings the idle FX thread a few times (take it before the work starts). */
    public static IdlePing idlePing() {
        long slowest = 0;
        for (int i = 0; i < 5; i++) {
            slowest = Math.max(slowest, ping(Duration.ofSeconds(20)));
        }
        return new IdlePing(slowest);
    }

    /** Milliseconds until the FX thread ran a ping, or -1 when it did not within {@code limit}. */
    private static long ping(Duration limit) {
        CountDownLatch answered = new CountDownLatch(1);
        long sent = System.nanoTime();
        Platform.runLater(answered::countDown);
        try {
            if (!answered.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return (System.nanoTime() - sent) / 1_000_000;
    }

    /**
     * Asserts that the window is not frozen while work is in flight: the FX thread answers a ping
     * within what the idle FX thread of this test allows ({@link IdlePing#allowed()}), and the work
     * is still going on afterwards ({@code stillBusy}, checked on the FX thread), so the answer came
     * during the work and not after it. Work done on the FX thread holds the ping for as long as it
     * takes and fails this.
     */
    public static void assertAnswersWhile(String work, Callable<Boolean> stillBusy, IdlePing idle) {
        Duration limit = idle.allowed();
        long tookMillis = ping(limit);
        if (tookMillis < 0) {
            throw new AssertionError("the FX thread did not answer a ping within " + limit.toMillis() + " ms (idle, it answered in "
                    + idle.slowestMillis() + " ms) while " + work + " was in flight: the window is frozen");
        }
        if (!call(stillBusy)) {
            throw new AssertionError(work + " was over before the check (ping answered in " + tookMillis
                    + " ms): it proves nothing; make the work last longer");
        }
    }
}
