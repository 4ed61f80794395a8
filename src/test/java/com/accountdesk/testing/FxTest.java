package com.accountdesk.testing;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "window stays responsive" check fails when the FX thread is held, as work done on it would hold it. */
class FxTest {
    private static final Duration LIMIT = Duration.ofMillis(200);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anFxThreadHeldByWorkFailsTheCheck() {
        CountDownLatch release = new CountDownLatch(1);
        // The FX thread waits for 2 s, like a blocking call made on it.
        Platform.runLater(() -> {
            try {
                release.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            AssertionError e = assertThrows(AssertionError.class, () -> Fx.assertAnswersWhile("the call", () -> true, LIMIT));
            assertTrue(e.getMessage().contains("frozen"), e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void workOverBeforeTheCheckProvesNothing() {
        AssertionError e = assertThrows(AssertionError.class, () -> Fx.assertAnswersWhile("the call", () -> false, LIMIT));
        assertTrue(e.getMessage().contains("proves nothing"), e.getMessage());
    }

    @Test
    void aFreeFxThreadPasses() {
        Fx.assertAnswersWhile("the call", () -> true, LIMIT);
    }

    @Test
    void callRunsOnTheFxThreadAndReturnsItsResult() {
        assertEquals(Boolean.TRUE, Fx.call(Platform::isFxApplicationThread));
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Fx.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", thrown.getMessage());
    }
}
