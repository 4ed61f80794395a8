package com.accountdesk.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting on conditions off the FX thread (for the FX thread, see UiTestSupport.waitUntil); never a fixed pause. */
public final class Wait {
    private Wait() {
    }

    /** Waits until {@code condition} holds, at most {@code max}; a timeout names {@code what}. */
    public static void until(String what, Duration max, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(max.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + max.toMillis() + " ms in vain for " + what, e);
        }
    }

    /** Holds the calling thread (a fake server's) until the test lets it go, at most {@code max}. */
    public static void forRelease(CountDownLatch release, Duration max) {
        try {
            release.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
